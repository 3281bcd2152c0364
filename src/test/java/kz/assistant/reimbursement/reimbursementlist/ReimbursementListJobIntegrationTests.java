package kz.assistant.reimbursement.reimbursementlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.cli.JobRunner;
import kz.assistant.reimbursement.records.ActToCalculate;
import kz.assistant.reimbursement.records.ActToCalculateReader;
import kz.assistant.reimbursement.records.AssistantRange;
import kz.assistant.reimbursement.records.EarlierRecordsScope;
import kz.assistant.reimbursement.records.RecordPartition;
import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.beans.factory.annotation.Autowired;

class ReimbursementListJobIntegrationTests extends IntegrationTest {

    @Autowired
    private RecordPartition recordPartition;

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);
    private static final Path SAMPLE = Path.of("sample-data/cycle-2026-03");
    private static final String JOB = ReimbursementListJobConfiguration.JOB_NAME;
    private static final String NO_EXEMPTIONS = "iin;opv_exempt;osms_exempt;basis;valid_from;valid_to\n";

    private JobRunner.Outcome runMarchWith(ActsFile acts) throws IOException {
        return runWith(MARCH, acts);
    }

    private JobRunner.Outcome runWith(YearMonth cycle, ActsFile acts) throws IOException {
        acts.writeTo(inbox(cycle));
        Files.writeString(inbox(cycle).resolve("oop-exemptions.csv"), NO_EXEMPTIONS);
        return run(JOB, cycle);
    }

    @Test
    void theSampleCycleGivesTheAmountsOfDomainMdForEveryAcceptedAct() throws Exception {
        Files.copy(SAMPLE.resolve("psu-acts.csv"), inbox(MARCH).resolve("psu-acts.csv"));
        Files.copy(SAMPLE.resolve("oop-exemptions.csv"), inbox(MARCH).resolve("oop-exemptions.csv"));

        JobRunner.Outcome outcome = run(JOB, MARCH);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        // sample-data/README.md lists 15 bad rows, one of each kind, among 315 data rows.
        assertThat(count("select count(*) from rejected_act")).isEqualTo(15);
        assertThat(count("select count(*) from reimbursement_record")).isEqualTo(300);

        Expected expected = independentlyComputed(SAMPLE, rejectedLines());
        Map<String, Object> db = jdbc.queryForMap("select sum(guaranteed) g, sum(opv) opv, sum(osms) osms, sum(to_supplier) s from reimbursement_record");
        assertThat((BigDecimal) db.get("g")).isEqualByComparingTo(expected.guaranteed);
        assertThat((BigDecimal) db.get("opv")).isEqualByComparingTo(expected.opv);
        assertThat((BigDecimal) db.get("osms")).isEqualByComparingTo(expected.osms);
        assertThat((BigDecimal) db.get("s")).isEqualByComparingTo(expected.guaranteed.subtract(expected.opv).subtract(expected.osms));

        BigDecimal cbdTotal = BigDecimal.ZERO;
        List<String> cbd = Files.readAllLines(outbox(MARCH).resolve("cbd-records.csv"));
        assertThat(cbd).hasSize(301);
        for (String line : cbd.subList(1, cbd.size())) {
            cbdTotal = cbdTotal.add(new BigDecimal(line.split(";")[9]));
        }
        assertThat(cbdTotal).isEqualByComparingTo(expected.guaranteed);

        BigDecimal listsTotal = BigDecimal.ZERO;
        for (String bin : List.of("070340000111", "081240000221", "100540000315")) {
            listsTotal = listsTotal.add(totalOfColumn(outbox(MARCH).resolve("reimbursement-list_" + bin + ".xlsx"), 14));
            assertThat(outbox(MARCH).resolve("contributions_" + bin + ".xlsx")).exists();
        }
        assertThat(listsTotal).isEqualByComparingTo(expected.guaranteed);
        assertThat(Files.readAllLines(outbox(MARCH).resolve("psu-notifications.csv"))).hasSize(301);
    }

    @Test
    void lateActsKeepTheirServiceMonthAndThatYearsMrp() throws Exception {
        JobRunner.Outcome outcome = runMarchWith(new ActsFile()
                .add(Map.of("act_number", "LATE-2025", "service_month", "2025-12", "service_days", "10", "hours", "10")));

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        Map<String, Object> r = jdbc.queryForMap("select service_month, hour_rate, guaranteed from reimbursement_record");
        assertThat(r.get("service_month")).isEqualTo("2025-12");
        // 10 h × 3 932 × 0.1364 = 5 363.248
        assertThat((BigDecimal) r.get("guaranteed")).isEqualByComparingTo("5363.25");
    }

    @Test
    void exemptionsApplyOnlyForTheServiceMonthsTheyCover() throws Exception {
        ActsFile acts = new ActsFile();
        Map<String, String> first = acts.act();
        acts.writeTo(inbox(MARCH));
        String iin = first.get("assistant_iin");
        Files.writeString(inbox(MARCH).resolve("oop-exemptions.csv"), NO_EXEMPTIONS
                + iin + ";true;false;пенсионер по возрасту;2026-02-15;\n"
                + iin + ";false;true;старое;2020-01-01;2025-12-31\n");

        JobRunner.Outcome outcome = run(JOB, MARCH);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        Map<String, Object> r = jdbc.queryForMap("select opv, osms, opv_exempt, osms_exempt from reimbursement_record");
        assertThat(r.get("opv_exempt")).isEqualTo(true);
        assertThat(r.get("osms_exempt")).isEqualTo(false);
        assertThat((BigDecimal) r.get("opv")).isEqualByComparingTo("0.00");
        assertThat((BigDecimal) r.get("osms")).isGreaterThan(BigDecimal.ZERO);
    }

    @Test
    void everyRejectionReasonIsRecordedWithItsLineAndRussianMessage() throws Exception {
        ActsFile acts = new ActsFile();
        for (int i = 0; i < 100; i++) {
            acts.act();
        }
        String person = ActsFile.iin("6003154", 9000);
        acts.add(Map.of("person_iin", person.substring(0, 11) + ((person.charAt(11) - '0' + 1) % 10)));   // 102
        acts.add(Map.of("person_iin", ActsFile.iin("9902304", 1)));                                                 // 103: 30 Feb
        acts.add(Map.of("assistant_iin", person, "person_iin", person));                                  // 104
        acts.add(Map.of("service_days", "29"));                                                            // 105: Feb 2026 has 28
        acts.add(Map.of("hours", "0"));                                                                    // 106
        acts.add(Map.of("hours", "10.125"));                                                               // 107
        acts.add(Map.of("service_days", "2", "hours", "16.5"));                                           // 108
        acts.add(Map.of("service_month", "2026-03"));                                                      // 109
        acts.add(Map.of("supplier_iban", "KZ00601" + "0000000001000001"));                                // 110
        acts.add(Map.of("supplier_iban", ActsFile.iban("123", 5)));                                        // 111
        acts.add(Map.of("supplier_bic", "CASPKZKA"));                                                      // 112
        acts.add(Map.of("mio_bin", ActsFile.iin("2204400", 1)));                                           // 113: valid BIN, no such MIO
        acts.add(Map.of("act_number", "ACT-T-1"));                                                         // 114: repeats line 2
        acts.add(Map.of("order_number", "ORD-T-2"));                                                       // 115: order of line 3, same month
        acts.add(Map.of("act_received", "05/03/2026"));                                                    // 116
        acts.add(Map.of("service_month", "2026/02"));                                                      // 117
        acts.add(Map.of("decision_number", ""));                                                           // 118
        acts.add(Map.of("hours", "abc"));                                                                  // 119
        acts.add(Map.of("mio_bin", ActsFile.ALMATY_MIO));                                                  // 120: an Astana act
        acts.add(Map.of("person_name", "Иванова\0Мария"));                                                // 121: a damaged row

        JobRunner.Outcome outcome = runMarchWith(acts);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        Map<Long, String> reasons = new HashMap<>();
        jdbc.query("select line, reason_code from rejected_act", rs -> {
            reasons.put(rs.getLong(1), rs.getString(2));
        });
        assertThat(reasons).containsEntry(102L, "INVALID_IIN").containsEntry(103L, "INVALID_BIRTH_DATE")
                .containsEntry(104L, "ASSISTANT_IS_PERSON").containsEntry(105L, "SERVICE_DAYS_OUT_OF_RANGE")
                .containsEntry(106L, "HOURS_NOT_POSITIVE").containsEntry(107L, "HOURS_TOO_PRECISE")
                .containsEntry(108L, "HOURS_ABOVE_LIMIT").containsEntry(109L, "SERVICE_MONTH_NOT_BEFORE_CYCLE")
                .containsEntry(110L, "INVALID_IBAN").containsEntry(111L, "UNKNOWN_BANK").containsEntry(112L, "BIC_MISMATCH")
                .containsEntry(113L, "UNKNOWN_MIO")
                .containsEntry(114L, "DUPLICATE_ACT_IN_FILE").containsEntry(115L, "DUPLICATE_ORDER_MONTH")
                .containsEntry(116L, "MALFORMED_DATE").containsEntry(117L, "MALFORMED_MONTH")
                .containsEntry(118L, "MISSING_FIELD").containsEntry(119L, "MALFORMED_NUMBER")
                .containsEntry(120L, "OBLAST_NOT_OF_MIO").containsEntry(121L, "NUL_CHARACTER");
        assertThat(reasons).hasSize(20);
        assertThat(count("select count(*) from reimbursement_record")).isEqualTo(100);

        List<String> file = Files.readAllLines(outbox(MARCH).resolve("rejected-acts.csv"), StandardCharsets.UTF_8);
        assertThat(file.get(0)).endsWith("line;reason_code;reason");
        assertThat(file).anyMatch(l -> l.contains(";114;DUPLICATE_ACT_IN_FILE;Номер акта уже встречался в файле (строка 2)"));
        assertThat(file).anyMatch(l -> l.contains(";120;OBLAST_NOT_OF_MIO;Область (поле oblast) не совпадает с областью МИО"));
        assertThat(file).anyMatch(l -> l.contains(";121;NUL_CHARACTER;Строка повреждена: в поле person_name нулевой символ (NUL)"));
    }

    @Test
    void anActReimbursedInAnEarlierCycleIsRejectedInTheNext() throws Exception {
        ActsFile march = new ActsFile();
        march.act();
        assertThat(runMarchWith(march).exitCode()).isEqualTo(ExitCode.COMPLETED);

        ActsFile april = new ActsFile();
        april.add(Map.of("act_received", "2026-04-02"));   // same act number ACT-T-1
        april.add(Map.of("act_number", "NEW-1", "order_number", "NEW-ORD-1", "service_month", "2026-03"));
        for (int i = 0; i < 5; i++) {
            april.add(Map.of("act_number", "NEW-X" + i, "order_number", "NEW-ORDX-" + i, "service_month", "2026-03"));
        }
        april.writeTo(inbox(APRIL));
        Files.writeString(inbox(APRIL).resolve("oop-exemptions.csv"), NO_EXEMPTIONS);

        JobRunner.Outcome outcome = run(JOB, APRIL);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(jdbc.queryForObject("select reason_code from rejected_act where cycle_month = '2026-04' and line = 2", String.class))
                .isEqualTo("ACT_ALREADY_REIMBURSED");
        assertThat(count("select count(*) from reimbursement_record where act_number = 'ACT-T-1'")).isEqualTo(1);
    }

    @Test
    void aLateActRaisesTheSoBaseOfItsMonthAndOnlyTheDifferenceIsDue() throws Exception {
        String assistant = ActsFile.iin("8501013", 1);
        ActsFile march = new ActsFile();
        march.add(Map.of("service_month", "2026-01", "hours", "40"));
        march.add(Map.of("service_month", "2026-02", "hours", "40", "assistant_iin", assistant, "supplier_id", assistant));
        assertThat(runMarchWith(march).exitCode()).isEqualTo(ExitCode.COMPLETED);

        // April: one more act of the same assistant, MIO and service month 2026-01 (late), one of 2026-02
        // (late too, from April on), one of March (April's usual month) for which no earlier cycle holds anything.
        ActsFile april = new ActsFile();
        april.add(Map.of("act_number", "APR-1", "order_number", "APR-ORD-1", "service_month", "2026-01", "hours", "24",
                "assistant_iin", assistant, "supplier_id", assistant));
        april.add(Map.of("act_number", "APR-2", "order_number", "APR-ORD-2", "service_month", "2026-02", "hours", "16",
                "assistant_iin", assistant, "supplier_id", assistant));
        april.add(Map.of("act_number", "APR-3", "order_number", "APR-ORD-3", "service_month", "2026-03", "hours", "16",
                "assistant_iin", assistant, "supplier_id", assistant));
        april.writeTo(inbox(APRIL));
        Files.writeString(inbox(APRIL).resolve("oop-exemptions.csv"), NO_EXEMPTIONS);
        assertThat(run(JOB, APRIL).exitCode()).isEqualTo(ExitCode.COMPLETED);

        for (String month : List.of("2026-01", "2026-02")) {
            Map<String, Object> before = so("2026-03", assistant, month);
            Map<String, Object> now = so("2026-04", assistant, month);
            BigDecimal aprilBase = jdbc.queryForObject("""
                    select sum(guaranteed - opv) from reimbursement_record
                    where cycle_month = '2026-04' and assistant_iin = ? and service_month = ?
                    """, BigDecimal.class, assistant, month);
            assertThat((Integer) now.get("acts")).as(month).isEqualTo(1);
            assertThat((BigDecimal) now.get("so_base")).as(month)
                    .isEqualByComparingTo(((BigDecimal) before.get("so_base")).add(aprilBase));
            assertThat((BigDecimal) now.get("so_due")).as(month)
                    .isEqualByComparingTo(((BigDecimal) now.get("so_total")).subtract((BigDecimal) before.get("so_due")));
        }
        Map<String, Object> march2026 = so("2026-04", assistant, "2026-03");
        assertThat((BigDecimal) march2026.get("so_due")).isEqualByComparingTo((BigDecimal) march2026.get("so_total"));
    }

    /**
     * The look-ups of earlier cycles read only the partitions after a service month (a record is in a
     * cycle after its service month): the cycle right after it must be among them.
     */
    @Test
    void aLateActIsCheckedAndCalculatedAgainstTheRecordsOfTheCycleRightAfterItsServiceMonth() throws Exception {
        String assistant = ActsFile.iin("8501013", 7);
        ActsFile march = new ActsFile();
        march.add(Map.of("act_number", "MAR-1", "order_number", "ORD-FEB", "service_month", "2026-02", "hours", "40",
                "assistant_iin", assistant, "supplier_id", assistant));
        assertThat(runMarchWith(march).exitCode()).isEqualTo(ExitCode.COMPLETED);
        BigDecimal marchGuaranteed = guaranteedOf("MAR-1");

        ActsFile april = new ActsFile();
        april.add(Map.of("act_number", "APR-LATE", "order_number", "ORD-FEB-2", "service_month", "2026-02", "hours", "16",
                "assistant_iin", assistant, "supplier_id", assistant));
        april.add(Map.of("act_number", "APR-AGAIN", "order_number", "ORD-FEB", "service_month", "2026-02", "hours", "8"));
        addPlainActs(april, "APR", "2026-03");
        assertThat(runWith(APRIL, april).exitCode()).isEqualTo(ExitCode.COMPLETED);

        assertThat(rejectionOf(APRIL, "APR-AGAIN")).isEqualTo("DUPLICATE_ORDER_MONTH");
        assertThat(priorGuaranteed(APRIL, lineOf(APRIL, "APR-LATE"))).isEqualByComparingTo(marchGuaranteed);
    }

    @Test
    void aCycleRunAfterALaterOneChecksAndCalculatesEvenItsLastMonthsActsAgainstThatCycle() throws Exception {
        // Run alone, March's acts of February can have no records elsewhere, and only late acts are
        // looked up. Once April has records, a February act of April's is in a cycle after March.
        String assistant = ActsFile.iin("8501013", 7);
        ActsFile april = new ActsFile();
        april.add(Map.of("act_number", "APR-LATE", "order_number", "ORD-FEB", "service_month", "2026-02", "hours", "40",
                "assistant_iin", assistant, "supplier_id", assistant));
        addPlainActs(april, "APR", "2026-03");
        assertThat(runWith(APRIL, april).exitCode()).isEqualTo(ExitCode.COMPLETED);
        BigDecimal aprilGuaranteed = guaranteedOf("APR-LATE");

        ActsFile march = new ActsFile();
        march.add(Map.of("act_number", "MAR-AGAIN", "order_number", "ORD-FEB", "service_month", "2026-02", "hours", "8"));
        march.add(Map.of("act_number", "MAR-SAME", "order_number", "ORD-FEB-2", "service_month", "2026-02", "hours", "16",
                "assistant_iin", assistant, "supplier_id", assistant));
        addPlainActs(march, "MAR", "2026-02");
        assertThat(runMarchWith(march).exitCode()).isEqualTo(ExitCode.COMPLETED);

        assertThat(rejectionOf(MARCH, "MAR-AGAIN")).isEqualTo("DUPLICATE_ORDER_MONTH");
        assertThat(priorGuaranteed(MARCH, lineOf(MARCH, "MAR-SAME"))).isEqualByComparingTo(aprilGuaranteed);
    }

    /** Eight valid acts of other assistants and orders: the file then stays under the rejection threshold. */
    private static void addPlainActs(ActsFile acts, String prefix, String serviceMonth) {
        for (int i = 0; i < 8; i++) {
            acts.add(Map.of("act_number", prefix + "-" + i, "order_number", prefix + "-ORD-" + i, "service_month", serviceMonth));
        }
    }

    private BigDecimal guaranteedOf(String actNumber) {
        return jdbc.queryForObject("select guaranteed from reimbursement_record where act_number = ?", BigDecimal.class, actNumber);
    }

    private String rejectionOf(YearMonth cycle, String actNumber) {
        return jdbc.queryForObject("select reason_code from rejected_act where cycle_month = ? and act_number = ?", String.class,
                cycle.toString(), actNumber);
    }

    private long lineOf(YearMonth cycle, String actNumber) {
        return jdbc.queryForObject("select line from act_intake where cycle_month = ? and act_number = ?", Long.class,
                cycle.toString(), actNumber);
    }

    /** What the calculation's reader gives the act of that line as the guarantees before it in its month. */
    private BigDecimal priorGuaranteed(YearMonth cycle, long line) throws Exception {
        JdbcCursorItemReader<ActToCalculate> reader = ActToCalculateReader.create(jdbc.getDataSource(), cycle, 100,
                AssistantRange.of(null, null), EarlierRecordsScope.of(jdbc, cycle));
        reader.open(new ExecutionContext());
        try {
            ActToCalculate act;
            while ((act = reader.read()) != null) {
                if (act.line() == line) {
                    return act.priorGuaranteed();
                }
            }
            throw new AssertionError("line " + line + " is not among the acts to calculate of " + cycle);
        } finally {
            reader.close();
        }
    }

    private Map<String, Object> so(String cycle, String assistant, String serviceMonth) {
        return jdbc.queryForMap("""
                select acts, so_base, so_total, so_due from social_contribution
                where cycle_month = ? and assistant_iin = ? and service_month = ?
                """, cycle, assistant, serviceMonth);
    }

    @Test
    void aFileWithTooManyRejectionsIsRefusedBeforeAnythingIsRecordedAndAReplacedFileIsReadAnew() throws Exception {
        ActsFile bad = new ActsFile();
        for (int i = 0; i < 7; i++) {
            bad.act();
        }
        for (int i = 0; i < 3; i++) {
            bad.add(Map.of("hours", "-1"));   // 3 of 10 = 30 % > 20 %
        }

        JobRunner.Outcome refused = runMarchWith(bad);

        assertThat(refused.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(refused.message()).contains("refused").contains("3 of 10").contains("restart reimbursement-list --month 2026-03");
        assertThat(count("select count(*) from reimbursement_record")).isZero();
        assertThat(Files.readAllLines(outbox(MARCH).resolve("rejected-acts.csv"))).hasSize(4);

        ActsFile good = new ActsFile();
        for (int i = 0; i < 9; i++) {
            good.act();
        }
        good.add(Map.of("hours", "-1"));
        good.writeTo(inbox(MARCH));

        JobRunner.Outcome accepted = run(JOB, MARCH);

        assertThat(accepted.exitCode()).as(accepted.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(count("select count(*) from reimbursement_record")).isEqualTo(9);
        assertThat(count("select count(*) from rejected_act")).isEqualTo(1);
    }

    @Test
    void aFailureInTheMiddleOfTheWriteStepIsResumedWithNoRecordLostOrWrittenTwice() throws Exception {
        ActsFile acts = new ActsFile();
        for (int i = 0; i < 230; i++) {
            acts.act();
        }
        // The database refuses the 170th act: chunks of 50 before it are committed, its chunk is not.
        jdbc.execute("""
                create or replace function refuse_one_act() returns trigger language plpgsql as $$
                begin if new.act_number = 'ACT-T-170' then raise exception 'disk full (injected)'; end if; return new; end $$
                """);
        // The records of a cycle go into a table of their own until the calculation is over (V12): the
        // trigger goes there, on the table the run would create.
        String records = RecordPartition.table(MARCH);
        recordPartition.prepare(MARCH);
        jdbc.execute("create trigger refuse_one_act before insert on " + records + " for each row execute function refuse_one_act()");
        JobRunner.Outcome failed;
        try {
            failed = runMarchWith(acts);
        } finally {
            jdbc.execute("drop trigger if exists refuse_one_act on " + records);
        }
        assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(failed.message()).contains("calculation").contains("disk full (injected)");
        // Chunks committed before the failure stay: in one pass the three before the 170th act (150);
        // partitioned by assistant, also those of the other partitions. The refused act's chunk does not.
        assertThat(count("select count(*) from " + records)).isBetween(50L, 229L);
        assertThat(count("select count(*) from " + records + " where act_number = 'ACT-T-170'")).isZero();
        // Not yet part of reimbursement_record: nothing downstream sees a cycle's records half formed.
        assertThat(count("select count(*) from reimbursement_record")).isZero();

        JobRunner.Outcome resumed = run(JOB, MARCH);

        assertThat(resumed.exitCode()).as(resumed.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(count("select count(*) from reimbursement_record")).isEqualTo(230);
        assertThat(count("select count(distinct act_number) from reimbursement_record")).isEqualTo(230);
        assertThat(count("select count(*) from act_intake")).isEqualTo(230);
        assertThat(Files.readAllLines(outbox(MARCH).resolve("cbd-records.csv"))).hasSize(231);
    }

    @Test
    void aSecondRunOfACompletedMonthIsRefusedAndChangesNothing() throws Exception {
        ActsFile acts = new ActsFile();
        acts.act();
        acts.act();
        assertThat(runMarchWith(acts).exitCode()).isEqualTo(ExitCode.COMPLETED);
        byte[] cbdBefore = Files.readAllBytes(outbox(MARCH).resolve("cbd-records.csv"));
        long executions = count("select count(*) from batch_job_execution");

        JobRunner.Outcome again = run(JOB, MARCH);

        assertThat(again.exitCode()).isEqualTo(ExitCode.ALREADY_COMPLETED);
        assertThat(again.message()).contains("already completed");
        assertThat(count("select count(*) from batch_job_execution")).isEqualTo(executions);
        assertThat(count("select count(*) from reimbursement_record")).isEqualTo(2);
        assertThat(Files.readAllBytes(outbox(MARCH).resolve("cbd-records.csv"))).isEqualTo(cbdBefore);
    }

    @Test
    void aSupplierNamedLikeAFormulaIsWrittenAsTextInTheSpreadsheet() throws Exception {
        String name = "=HYPERLINK(\"http://evil.example\",\"Оплатить\")";
        JobRunner.Outcome outcome = runMarchWith(new ActsFile().add(Map.of("supplier_name", name, "supplier_id",
                ActsFile.iin("7707073", 11), "assistant_iin", ActsFile.iin("7707073", 11))));

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        try (XSSFWorkbook book = new XSSFWorkbook(new FileInputStream(outbox(MARCH).resolve("reimbursement-list_" + ActsFile.ASTANA_MIO + ".xlsx").toFile()))) {
            Cell cell = findCell(book.getSheetAt(0), name);
            assertThat(cell).isNotNull();
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void withoutAnAnswerFromOopTheJobFailsAndNobodyIsTakenAsNotExempt() throws Exception {
        new ActsFile().add(Map.of()).writeTo(inbox(MARCH));

        JobRunner.Outcome outcome = run(JOB, MARCH);

        assertThat(outcome.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(outcome.message()).contains("oop-exemptions").contains("oop-exemptions.csv is missing");
        assertThat(count("select count(*) from reimbursement_record")).isZero();

        Files.writeString(inbox(MARCH).resolve("oop-exemptions.csv"), NO_EXEMPTIONS);
        assertThat(run(JOB, MARCH).exitCode()).isEqualTo(ExitCode.COMPLETED);
        assertThat(count("select count(*) from reimbursement_record")).isEqualTo(1);
    }

    private Set<Long> rejectedLines() {
        return new HashSet<>(jdbc.queryForList("select line from rejected_act", Long.class));
    }

    private static Cell findCell(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
                    return cell;
                }
            }
        }
        return null;
    }

    /** The ИТОГО row's value in a column: the list's total as an accountant sees it. */
    private static BigDecimal totalOfColumn(Path xlsx, int column) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new FileInputStream(xlsx.toFile()))) {
            // The last sheet of the list proper: continuation sheets follow the first, the days and hours have their own.
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    Cell first = row.getCell(0);
                    if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().startsWith("ИТОГО")) {
                        return BigDecimal.valueOf(row.getCell(column).getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
                    }
                }
            }
        }
        throw new AssertionError("no ИТОГО row in " + xlsx);
    }

    private record Expected(BigDecimal guaranteed, BigDecimal opv, BigDecimal osms) {
    }

    /** The formula of docs/rules.md applied to the sample file by the test itself, as an oracle. */
    private static Expected independentlyComputed(Path cycle, Set<Long> rejectedLines) throws Exception {
        Map<Integer, BigDecimal> mrp = Map.of(2024, new BigDecimal("3692"), 2025, new BigDecimal("3932"), 2026, new BigDecimal("4325"));
        Map<String, boolean[]> exempt = new HashMap<>();
        try (CSVReader r = reader(cycle.resolve("oop-exemptions.csv"))) {
            r.readNext();
            String[] row;
            while ((row = r.readNext()) != null) {
                // Every sample exemption either covers February 2026 or not; decide as docs/rules.md says.
                boolean covers = (row[4].isEmpty() || row[4].compareTo("2026-02-28") <= 0) && (row[5].isEmpty() || row[5].compareTo("2026-02-01") >= 0);
                if (covers) {
                    boolean[] flags = exempt.computeIfAbsent(row[0], k -> new boolean[2]);
                    flags[0] |= Boolean.parseBoolean(row[1]);
                    flags[1] |= Boolean.parseBoolean(row[2]);
                }
            }
        }
        BigDecimal g = BigDecimal.ZERO;
        BigDecimal opv = BigDecimal.ZERO;
        BigDecimal osms = BigDecimal.ZERO;
        try (CSVReader r = reader(cycle.resolve("psu-acts.csv"))) {
            String[] header = r.readNext();
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                col.put(header[i], i);
            }
            String[] row;
            while ((row = r.readNext()) != null) {
                long line = r.getLinesRead();
                if (rejectedLines.contains(line)) {
                    continue;
                }
                String month = row[col.get("service_month")];
                BigDecimal act = new BigDecimal(row[col.get("hours")].replace(',', '.'))
                        .multiply(mrp.get(Integer.parseInt(month.substring(0, 4)))).multiply(new BigDecimal("0.1364"))
                        .setScale(2, RoundingMode.HALF_UP);
                boolean[] flags = month.equals("2026-02") ? exempt.getOrDefault(row[col.get("assistant_iin")], new boolean[2])
                        : exemptForOtherMonth(cycle, row[col.get("assistant_iin")], month);
                g = g.add(act);
                if (!flags[0]) {
                    opv = opv.add(act.multiply(new BigDecimal("0.10")).setScale(2, RoundingMode.HALF_UP));
                }
                if (!flags[1]) {
                    osms = osms.add(act.multiply(new BigDecimal("0.02")).setScale(2, RoundingMode.HALF_UP));
                }
            }
        }
        return new Expected(g, opv, osms);
    }

    private static boolean[] exemptForOtherMonth(Path cycle, String iin, String month) throws Exception {
        boolean[] flags = new boolean[2];
        YearMonth m = YearMonth.parse(month);
        try (CSVReader r = reader(cycle.resolve("oop-exemptions.csv"))) {
            r.readNext();
            String[] row;
            while ((row = r.readNext()) != null) {
                if (row[0].equals(iin)
                        && (row[4].isEmpty() || row[4].compareTo(m.atEndOfMonth().toString()) <= 0)
                        && (row[5].isEmpty() || row[5].compareTo(m.atDay(1).toString()) >= 0)) {
                    flags[0] |= Boolean.parseBoolean(row[1]);
                    flags[1] |= Boolean.parseBoolean(row[2]);
                }
            }
        }
        return flags;
    }

    private static CSVReader reader(Path file) throws IOException {
        Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        return new CSVReaderBuilder(in).withCSVParser(new CSVParserBuilder().withSeparator(';').build()).build();
    }
}
