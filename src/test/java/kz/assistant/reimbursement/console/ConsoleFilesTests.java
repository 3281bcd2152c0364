package kz.assistant.reimbursement.console;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Random;

import kz.assistant.reimbursement.support.ConsoleTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Uploads checked as the jobs check a whole file, stored atomically, never silently over a file already read; downloads as on disk. */
class ConsoleFilesTests extends ConsoleTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final Path SAMPLE_ACTS = Path.of("sample-data/cycle-2026-03/psu-acts.csv");

    private MockMultipartHttpServletRequestBuilder upload(String name, byte[] content) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/months/2026-03/files")
                .file(new MockMultipartFile("file", name, "text/csv", content))
                .with(csrf()).with(user("officer").roles("OFFICER"));
    }

    @Test
    void theSampleActsAreCheckedAndStoredByteForByte() throws Exception {
        byte[] acts = Files.readAllBytes(SAMPLE_ACTS);
        mvc.perform(upload("psu-acts.csv", acts)).andExpect(status().isOk())
                .andExpect(content().string(containsString("psu-acts.csv принят")));
        assertThat(inbox(MARCH).resolve("psu-acts.csv")).hasBinaryContent(acts);
        assertThat(count("select count(*) from run_audit where action = 'upload' and started_by = 'officer' and outcome = 'stored psu-acts.csv'"))
                .isEqualTo(1);
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedWithItsLineAndField() throws Exception {
        String withoutIin = Files.readString(SAMPLE_ACTS).replaceFirst("person_iin", "person");
        mvc.perform(upload("psu-acts.csv", withoutIin.getBytes(StandardCharsets.UTF_8))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<td class=\"line\">1</td>")))
                .andExpect(content().string(containsString("<td class=\"field\">person_iin</td>")));
        assertThat(inbox(MARCH).resolve("psu-acts.csv")).doesNotExist();
        try (var files = Files.list(inbox(MARCH))) {
            assertThat(files).as("no temporary file left behind").isEmpty();
        }
    }

    @Test
    void aFileThatCannotBeReadToTheEndIsRefusedAtTheLineWhereItBreaks() throws Exception {
        String[] lines = Files.readString(SAMPLE_ACTS).split("\n");
        lines[3] = lines[3].replaceFirst(";", ";\"");   // a quote opened on line 4 and never closed
        mvc.perform(upload("psu-acts.csv", String.join("\n", lines).getBytes(StandardCharsets.UTF_8)))
                .andExpect(content().string(containsString("<td class=\"line\">4</td>")));
        assertThat(inbox(MARCH).resolve("psu-acts.csv")).doesNotExist();
    }

    @Test
    void aNameOutsideTheContractIsRefusedAndNoPathIsTakenFromIt() throws Exception {
        byte[] acts = Files.readAllBytes(SAMPLE_ACTS);
        mvc.perform(upload("acts-march.csv", acts)).andExpect(content().string(containsString("не из договора")));
        mvc.perform(upload("../../psu-acts.csv", acts)).andExpect(status().isOk());
        // Only the last part of a name counts: the file lands in the month's inbox, nowhere else.
        assertThat(inbox(MARCH).resolve("psu-acts.csv")).exists();
        assertThat(home.root().resolve("psu-acts.csv")).doesNotExist();
        assertThat(inbox(MARCH).resolve("acts-march.csv")).doesNotExist();
    }

    @Test
    void aFileTheJobsReadIsReplacedOnlyAfterTheOfficerConfirms() throws Exception {
        byte[] first = Files.readAllBytes(SAMPLE_ACTS);
        mvc.perform(upload("psu-acts.csv", first));
        jdbc.update("insert into act_file (cycle_month, file_name, sha256, status) values ('2026-03', 'psu-acts.csv', 'x', 'ACCEPTED')");
        byte[] second = (new String(first, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);

        mvc.perform(upload("psu-acts.csv", second))
                .andExpect(content().string(containsString("уже прочитан заданием 14-го числа")))
                .andExpect(content().string(containsString("name=\"replace\"")));
        assertThat(inbox(MARCH).resolve("psu-acts.csv")).hasBinaryContent(first);

        mvc.perform(upload("psu-acts.csv", second).param("replace", "true")).andExpect(content().string(containsString("принят")));
        assertThat(inbox(MARCH).resolve("psu-acts.csv")).hasBinaryContent(second);
    }

    @Test
    void aDownloadIsTheOutboxFileByteForByte() throws Exception {
        byte[] bytes = new byte[200_000];
        new Random(17).nextBytes(bytes);
        Files.write(outbox(MARCH).resolve("reimbursement-list_000000000001.xlsx"), bytes);
        mvc.perform(get("/months/2026-03/files/reimbursement-list_000000000001.xlsx").with(user("accountant").roles("ACCOUNTANT")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("reimbursement-list_000000000001.xlsx")))
                .andExpect(content().bytes(bytes));
    }

    @Test
    void onlyAFileOfTheListingIsServed() throws Exception {
        Files.writeString(inbox(MARCH).resolve("psu-acts.csv"), "secret");
        for (String name : new String[] {"..%2F..%2Finbox%2F2026-03%2Fpsu-acts.csv", "psu-acts.csv", "nothing.xlsx"}) {
            mvc.perform(get("/months/2026-03/files/" + name).with(user("officer").roles("OFFICER")))
                    .andExpect(status().is4xxClientError())
                    .andExpect(content().string(not(containsString("secret"))));
        }
    }

    @Test
    void listsShowNamesAndIinsMasked() throws Exception {
        jdbc.update("insert into rejected_act (cycle_month, line, reason_code, reason, act_number, person_iin, person_name) "
                + "values ('2026-03', 7, 'IIN_INVALID', 'check digit', 'A-1', '850101300123', 'Иванов Иван')");
        mvc.perform(get("/months/2026-03/rejections").with(user("accountant").roles("ACCOUNTANT")))
                .andExpect(content().string(containsString("8501******23")))
                .andExpect(content().string(containsString("И***** И***")))
                .andExpect(content().string(not(containsString("850101300123"))))
                .andExpect(content().string(not(containsString("Иванов"))));
    }
}
