package kz.assistant.reimbursement.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureTextTest {

    @Test
    void ourOwnMessageIsFoundUnderTheFrameworksWrappers() {
        String trace = """
                org.springframework.batch.core.step.FatalStepExecutionException: Unable to process chunk
                \tat org.springframework.batch.core.step.item.ChunkOrientedStep.processChunkSequentially(ChunkOrientedStep.java:791)
                Caused by: kz.assistant.reimbursement.inbox.InputFileException: 2026-03/psu-acts.csv, line 102: the file ends inside a quoted value
                \tat kz.assistant.reimbursement.inbox.CsvInputFile.next(CsvInputFile.java:107)
                """;

        assertThat(FailureText.reasonIn(trace)).isEqualTo("2026-03/psu-acts.csv, line 102: the file ends inside a quoted value");
    }

    @Test
    void otherwiseTheFirstExceptionsMessageWithoutTheTrace() {
        String trace = "org.springframework.dao.DataAccessResourceFailureException: connection refused\n\tat a.b.C.d(C.java:1)";

        assertThat(FailureText.reasonIn(trace)).isEqualTo("connection refused");
        assertThat(FailureText.reasonIn(null)).isEqualTo("—");
    }
}
