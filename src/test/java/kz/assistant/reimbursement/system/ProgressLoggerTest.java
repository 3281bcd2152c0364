package kz.assistant.reimbursement.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ProgressLoggerTest {

    @Test
    void progressLineSaysItemsDoneOfTheEstimateRateAndTimeLeft(CapturedOutput output) {
        StepExecution step = MetaDataInstanceFactory.createStepExecution("calculation", 1L);
        ProgressLogger progress = new ProgressLogger("records calculated", s -> 1000, "reader.read.count", Duration.ZERO);

        progress.beforeStep(step);
        progress.afterChunk(chunkOf(200));
        progress.afterChunk(chunkOf(200));

        assertThat(output.getAll()).contains("calculation: started, about 1000 records calculated")
                .containsPattern("calculation: 400 records calculated of about 1000 \\(40 %\\), \\d+/s, about \\d+ s left");
    }

    @Test
    void restartCountsFromWhereTheCommittedChunksEnded(CapturedOutput output) {
        StepExecution step = MetaDataInstanceFactory.createStepExecution("act-intake", 1L);
        step.getExecutionContext().putInt("acts.records", 600);
        ProgressLogger progress = new ProgressLogger("acts read", s -> 1000, "acts.records", Duration.ZERO);

        progress.beforeStep(step);
        progress.afterChunk(chunkOf(200));

        assertThat(output.getAll()).contains("resuming after 600").contains("act-intake: 800 acts read of about 1000 (80 %)");
    }

    @Test
    void noLineBeforeTheIntervalHasPassed(CapturedOutput output) {
        StepExecution step = MetaDataInstanceFactory.createStepExecution("calculation", 1L);
        ProgressLogger progress = new ProgressLogger("records calculated", s -> 1000, "x", Duration.ofSeconds(10));

        progress.beforeStep(step);
        progress.afterChunk(chunkOf(200));

        assertThat(output.getAll()).doesNotContain("200 records calculated");
    }

    private static Chunk<Object> chunkOf(int n) {
        return new Chunk<>(Collections.nCopies(n, new Object()));
    }
}
