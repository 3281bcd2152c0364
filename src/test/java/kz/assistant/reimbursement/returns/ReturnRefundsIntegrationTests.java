package kz.assistant.reimbursement.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import kz.assistant.reimbursement.support.PaymentFixtures;
import kz.assistant.reimbursement.support.SpreadsheetCells;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReturnRefundsIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final String ASTANA = ActsFile.ASTANA_MIO;
    private static final String ALMATY = ActsFile.ALMATY_MIO;

    private PaymentFixtures fixtures;
    private List<Long> records;

    /** Astana: 64 h returned, 64 h paid, 120.5 h returned; Almaty: 64 h returned. */
    @BeforeEach
    void fourRecordsSentThreeReturned() throws Exception {
        fixtures = new PaymentFixtures(jdbc, runner, home);
        ActsFile acts = new ActsFile();
        acts.act();
        acts.act();
        acts.add(Map.of("service_days", "16", "hours", "120.5"));
        acts.add(Map.of("mio_bin", ALMATY, "oblast", "г. Алматы", "region", "Алатауский район"));
        records = fixtures.formRecords(MARCH, acts);
        fixtures.sendAll(MARCH);
        StringBuilder returns = new StringBuilder("payment_reference;bic;supplier_iban;amount;returned_on;reason\n");
        for (int i : new int[]{0, 2, 3}) {
            long record = records.get(i);
            returns.append(PaymentFixtures.reference(record, 1)).append(";HSBKKZKX;;").append(fixtures.toSupplier(record).toPlainString())
                    .append(";2026-03-2").append(i).append(";Счёт закрыт\n");
        }
        Files.writeString(inbox(MARCH).resolve("bank-returns.csv"), returns);
        assertThat(run(BankReturnsJobConfiguration.JOB_NAME, MARCH).exitCode()).isEqualTo(ExitCode.COMPLETED);
    }

    @Test
    void returnedRecordsNotReSentAreRefundedAndListedPerMioWithExactTotals() throws Exception {
        var outcome = run(ReturnRefundsJobConfiguration.JOB_NAME, MARCH);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
        assertThat(jdbc.queryForList("select record_id from refund order by record_id", Long.class))
                .containsExactly(records.get(0), records.get(2), records.get(3));
        assertThat(jdbc.queryForList("select refunded_on from refund", LocalDate.class)).containsOnly(today);
        assertThat(jdbc.queryForMap("select count(*) as n, sum(amount) as s from refund where mio_bin = ?", ASTANA))
                .containsEntry("n", 2L).containsEntry("s", new BigDecimal("95781.04"));
        assertThat(count("select count(*) from record_state where state = 'REFUNDED'")).isEqualTo(3);
        List<List<String>> astana = SpreadsheetCells.rows(outbox(MARCH).resolve("return-refunds_" + ASTANA + ".xlsx"));
        assertThat(SpreadsheetCells.rowStartingWith(astana, "ИТОГО")).contains("95781.04");
        assertThat(SpreadsheetCells.rowStartingWith(astana, "Итого к возврату"))
                .containsExactly("Итого к возврату в МИО прописью: Девяносто пять тысяч семьсот восемьдесят один тенге 04 тиын");
        assertThat(astana.stream().filter(r -> r.size() > 1 && r.get(1).equals(String.valueOf(records.get(0)))).findFirst().orElseThrow()).containsExactly("1", String.valueOf(records.get(0)), "ACT-T-1",
                jdbc.queryForObject("select supplier_id from reimbursement_record where record_id = ?", String.class, records.get(0)),
                "Садыков Ержан", "33224.86", "2026-03-20", "Счёт закрыт", today.toString());
        List<List<String>> almaty = SpreadsheetCells.rows(outbox(MARCH).resolve("return-refunds_" + ALMATY + ".xlsx"));
        assertThat(SpreadsheetCells.rowStartingWith(almaty, "ИТОГО")).contains("33224.86");
    }

    @Test
    void paymentsNoBankReturnedBecomePaidWhenRefundsAreMade() {
        run(ReturnRefundsJobConfiguration.JOB_NAME, MARCH);

        assertThat(fixtures.paymentState(PaymentFixtures.reference(records.get(1), 1))).isEqualTo("PAID");
        assertThat(fixtures.state(records.get(1))).isEqualTo("PAID");
        assertThat(count("select count(*) from payment where state = 'RETURNED'")).isEqualTo(3);
    }

    @Test
    void aRequeuedRecordNotPaidAgainByTheDeadlineIsRefundedToo() throws Exception {
        long record = records.get(0);
        String supplier = jdbc.queryForObject("select supplier_id from reimbursement_record where record_id = ?", String.class, record);
        Files.writeString(inbox(MARCH).resolve("psu-requisites.csv"),
                "supplier_id;supplier_iban;supplier_bic;changed_on\n" + supplier + ";" + ActsFile.iban("722", 5) + ";CASPKZKA;2026-04-02\n");
        run(BankReturnsJobConfiguration.JOB_NAME, MARCH);
        assertThat(fixtures.state(record)).isEqualTo("REQUEUED");

        run(ReturnRefundsJobConfiguration.JOB_NAME, MARCH);

        assertThat(fixtures.state(record)).isEqualTo("REFUNDED");
        assertThat(count("select count(*) from refund")).isEqualTo(3);
    }

    @Test
    void aSecondRunForTheCompletedMonthRefundsNothingMoreAndGivesTheSameList() throws Exception {
        run(ReturnRefundsJobConfiguration.JOB_NAME, MARCH);
        List<List<String>> first = SpreadsheetCells.rows(outbox(MARCH).resolve("return-refunds_" + ASTANA + ".xlsx"));

        var again = run(ReturnRefundsJobConfiguration.JOB_NAME, MARCH);

        assertThat(again.exitCode()).as(again.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(count("select count(*) from refund")).isEqualTo(3);
        assertThat(SpreadsheetCells.rows(outbox(MARCH).resolve("return-refunds_" + ASTANA + ".xlsx"))).isEqualTo(first);
        assertThat(count("select count(*) from batch_job_instance where job_name = 'return-refunds'")).isEqualTo(2);
    }
}
