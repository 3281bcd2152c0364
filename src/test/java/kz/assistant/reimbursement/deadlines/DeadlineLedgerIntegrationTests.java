package kz.assistant.reimbursement.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import kz.assistant.reimbursement.cli.Command;
import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.cli.StatusReport;
import kz.assistant.reimbursement.fundingneed.FundingNeedJobConfiguration;
import kz.assistant.reimbursement.reimbursementlist.ReimbursementListJobConfiguration;
import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** п.26: the ledger of a month's deadlines by point, per MIO, as of a business date. */
class DeadlineLedgerIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final Path SAMPLE = Path.of("sample-data/cycle-2026-03");
    private static final String ASTANA = ActsFile.ASTANA_MIO;

    @Autowired
    DeadlineLedger ledger;

    @Autowired
    DeadlineLedgerText text;

    @Autowired
    ApplicationContext context;

    @Autowired
    StatusReport status;

    @Test
    void theSampleMonthRunOnItsOwnDaysKeepsEveryDeadlineOfEveryMio() throws Exception {
        try (Stream<Path> files = Files.list(SAMPLE)) {
            for (Path file : files.toList()) {
                Files.copy(file, inbox(MARCH).resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertThat(execute("cycle", "--month", "2026-03", "--date", "2026-04-30")).isEqualTo(ExitCode.COMPLETED);
        LocalDate asOf = LocalDate.of(2026, 4, 30);

        List<Deadline> open = ledger.of(MARCH, asOf);

        assertThat(open).extracting(Deadline::status).containsOnly(DeadlineStatus.MET, DeadlineStatus.OPEN);
        assertThat(open).filteredOn(d -> d.status() == DeadlineStatus.OPEN).extracting(Deadline::point)
                .containsOnly(DeadlinePoint.P22_SIGNED_ACT);
        // п.22 for March's act (made on 24 April) comes back by the 10th of May: a Sunday, and the 11th is the day off
        // moved from Victory Day (calendar.csv), so Tuesday the 12th.
        assertThat(open).filteredOn(d -> d.point() == DeadlinePoint.P22_SIGNED_ACT).extracting(Deadline::due)
                .containsOnly(LocalDate.of(2026, 5, 12));

        for (String mio : List.of(ASTANA, ActsFile.ALMATY_MIO, "100540000315")) {
            assertThat(execute("record", "act-signed", "--month", "2026-03", "--mio", mio, "--date", "2026-05-08")).isEqualTo(ExitCode.COMPLETED);
        }
        List<Deadline> kept = ledger.of(MARCH, LocalDate.of(2026, 6, 1));

        assertThat(kept).extracting(Deadline::status).containsOnly(DeadlineStatus.MET);
        assertThat(kept).extracting(Deadline::mioBin).contains(ASTANA, ActsFile.ALMATY_MIO, "100540000315");
        Deadline astanaMoney = kept.stream().filter(d -> d.mioBin().equals(ASTANA) && d.point() == DeadlinePoint.P15_MIO_MONEY).findFirst().orElseThrow();
        assertThat(astanaMoney.due()).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(astanaMoney.done()).isEqualTo(LocalDate.of(2026, 3, 17));
        // The one return of the sample (24 March, Nauryz): reported and paid again on the 26th, the first working day after.
        assertThat(kept).filteredOn(d -> d.point() == DeadlinePoint.P19_NEW_DETAILS).singleElement()
                .satisfies(d -> assertThat(d.done()).isEqualTo(LocalDate.of(2026, 3, 26)));
        assertThat(kept).filteredOn(d -> d.point() == DeadlinePoint.P17_RETURN_REPORTED).singleElement()
                .satisfies(d -> assertThat(d.due()).isEqualTo(LocalDate.of(2026, 3, 26)));
        assertThat(count("select count(*) from run_audit where action = 'record' and job_name = 'act-signed'")).isEqualTo(3);
        String printed = text.render(ledger.of(MARCH, LocalDate.of(2026, 6, 1), Optional.of(ASTANA)), MARCH, LocalDate.of(2026, 6, 1), "ru");
        assertThat(printed).contains("МИО " + ASTANA).contains("п.15").contains("срок 18.03.2026").contains("выполнено 17.03.2026")
                .contains("соблюдён").doesNotContain(ActsFile.ALMATY_MIO);
    }

    @Test
    void aNeedFormedLateAndMoneyThatNeverCameAreLateAndOverdueAlsoInStatus() throws Exception {
        ActsFile acts = new ActsFile();
        acts.act();
        acts.writeTo(inbox(MARCH));
        Files.writeString(inbox(MARCH).resolve("oop-exemptions.csv"), "iin;opv_exempt;osms_exempt;basis;valid_from;valid_to\n");
        runner.run(ReimbursementListJobConfiguration.JOB_NAME, MARCH, LocalDate.of(2026, 3, 14), false);
        runner.run(FundingNeedJobConfiguration.JOB_NAME, MARCH, LocalDate.of(2026, 3, 20), false);

        List<Deadline> astana = ledger.of(MARCH, LocalDate.of(2026, 4, 1), Optional.of(ASTANA));

        assertThat(astana).extracting(Deadline::point, Deadline::status).startsWith(
                org.assertj.core.groups.Tuple.tuple(DeadlinePoint.P6_LIST, DeadlineStatus.MET),
                org.assertj.core.groups.Tuple.tuple(DeadlinePoint.P12_NEED, DeadlineStatus.LATE),
                org.assertj.core.groups.Tuple.tuple(DeadlinePoint.P14_REQUEST, DeadlineStatus.MET),
                org.assertj.core.groups.Tuple.tuple(DeadlinePoint.P15_MIO_MONEY, DeadlineStatus.OVERDUE),
                org.assertj.core.groups.Tuple.tuple(DeadlinePoint.P16_PAYMENT, DeadlineStatus.OPEN));
        assertThat(astana.get(3).due()).isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(status.render(Set.of(ReimbursementListJobConfiguration.JOB_NAME), MARCH, "ru"))
                .contains("Нарушенные сроки").contains("потребность").contains("с опозданием").contains("деньги МИО").contains("просрочен");
        assertThat(ledger.of(MARCH, LocalDate.of(2026, 4, 1), Optional.of(ActsFile.ALMATY_MIO))).extracting(Deadline::point)
                .as("an MIO with nothing in the need has only the month's own steps").containsExactly(DeadlinePoint.P6_LIST, DeadlinePoint.P12_NEED);
    }

    @Test
    void aSignedActIsRefusedBeforeTheActExistsAndForAnUnknownMio() throws Exception {
        assertThat(execute("record", "act-signed", "--month", "2026-03", "--mio", ASTANA, "--date", "2026-05-08")).isEqualTo(ExitCode.USAGE);
        assertThat(execute("record", "act-signed", "--month", "2026-03", "--mio", "999999999999", "--date", "2026-05-08")).isEqualTo(ExitCode.USAGE);
        assertThat(count("select count(*) from act_signed")).isZero();
    }

    private ExitCode execute(String... args) {
        Command command = Command.parse(args);
        return context.getBean(command.spec().action()).execute(command);
    }
}
