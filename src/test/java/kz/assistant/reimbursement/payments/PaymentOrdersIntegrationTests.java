package kz.assistant.reimbursement.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.fundingneed.FundingNeedJobConfiguration;
import kz.assistant.reimbursement.reimbursementlist.ReimbursementListJobConfiguration;
import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PaymentOrdersIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final String JOB = PaymentOrdersJobConfiguration.JOB_NAME;
    // 64 h of 2026 not exempt: to supplier 33 224.86 per act (see FundingNeedIntegrationTests).
    private static final BigDecimal ONE_ACT = new BigDecimal("33224.86");

    /** Acts of Astana (Halyk unless a BIC is given), requested in the need of March. */
    private void requestedRecords(String... actsWithReceivedDateAndBank) throws Exception {
        ActsFile acts = new ActsFile();
        int n = 0;
        for (String spec : actsWithReceivedDateAndBank) {
            String[] p = spec.split(":");
            n++;
            boolean kaspi = p.length > 2 && p[2].equals("kaspi");
            acts.add(Map.of("act_number", p[0], "act_received", p[1],
                    "supplier_iban", ActsFile.iban(kaspi ? "722" : "601", n), "supplier_bic", kaspi ? "CASPKZKA" : "HSBKKZKX"));
        }
        acts.writeTo(inbox(MARCH));
        Files.writeString(inbox(MARCH).resolve("oop-exemptions.csv"), "iin;opv_exempt;osms_exempt;basis;valid_from;valid_to\n");
        assertCompleted(run(ReimbursementListJobConfiguration.JOB_NAME, MARCH));
        assertCompleted(run(FundingNeedJobConfiguration.JOB_NAME, MARCH));
    }

    private void transfers(String fileName, String... rows) throws Exception {
        Files.writeString(inbox(MARCH).resolve(fileName),
                "mio_bin;payment_order_number;payment_order_date;amount\n" + String.join("\n", rows) + "\n");
    }

    private static void assertCompleted(kz.assistant.reimbursement.cli.JobRunner.Outcome outcome) {
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
    }

    private String state(String act) {
        return jdbc.queryForObject("select state from record_with_state where act_number = ?", String.class, act);
    }

    private List<Path> registerFiles() throws Exception {
        try (Stream<Path> files = Files.list(outbox(MARCH))) {
            return files.filter(f -> f.getFileName().toString().startsWith("payment-register_")).sorted().toList();
        }
    }

    @Test
    void partialMioFundingPaysTheOldestActsFirstAndASecondTransferPaysTheRest() throws Exception {
        requestedRecords("A-NEW:2026-03-06", "A-OLD:2026-03-02", "A-MID:2026-03-04");
        // 70 000.00 covers two acts (66 449.72), not three.
        transfers("mio-transfers.csv", ActsFile.ASTANA_MIO + ";101;2026-03-17;70000.00");

        assertCompleted(run(JOB, MARCH));

        assertThat(List.of(state("A-OLD"), state("A-MID"), state("A-NEW"))).containsExactly("SENT", "SENT", "REQUESTED");
        assertThat(jdbc.queryForMap("select run_number, payments, total from payment_register where bic = 'HSBKKZKX'"))
                .isEqualTo(Map.of("run_number", 1, "payments", 2, "total", new BigDecimal("66449.72")));

        // 70 000.00 + 30 000.00 − 66 449.72 = 33 550.28 left: enough for the third act.
        transfers("mio-transfers-2.csv", ActsFile.ASTANA_MIO + ";102;2026-03-18;30000.00");
        assertCompleted(run(JOB, MARCH));

        assertThat(state("A-NEW")).isEqualTo("SENT");
        assertThat(jdbc.queryForMap("select run_number, payments, total from payment_register where bic = 'HSBKKZKX' and run_number = 2"))
                .isEqualTo(Map.of("run_number", 2, "payments", 1, "total", ONE_ACT));
        assertThat(count("select count(*) from payment")).isEqualTo(3);
        assertThat(registerFiles()).extracting(f -> f.getFileName().toString()).containsExactly(
                "payment-register_HSBKKZKX_1.xlsx", "payment-register_HSBKKZKX_1.xml",
                "payment-register_HSBKKZKX_2.xlsx", "payment-register_HSBKKZKX_2.xml");
    }

    @Test
    void theSameTransfersFileDeliveredTwiceEvenUnderAnotherNameChangesNothing() throws Exception {
        requestedRecords("A-1:2026-03-02", "A-2:2026-03-03");
        transfers("mio-transfers.csv", ActsFile.ASTANA_MIO + ";101;2026-03-17;33224.86");
        assertCompleted(run(JOB, MARCH));

        Files.copy(inbox(MARCH).resolve("mio-transfers.csv"), inbox(MARCH).resolve("mio-transfers-again.csv"));
        var again = run(JOB, MARCH);

        assertCompleted(again);
        assertThat(again.message()).contains("nothing new to pay");
        assertThat(count("select count(*) from mio_transfer")).isEqualTo(1);
        assertThat(count("select count(*) from input_file")).isEqualTo(1);
        assertThat(count("select count(*) from payment")).isEqualTo(1);
        assertThat(state("A-2")).isEqualTo("REQUESTED");
    }

    @Test
    void aKnownPaymentOrderInANewFileIsAnExceptionNotASecondTransferAndBadRowsAreListedWithTheirLines() throws Exception {
        requestedRecords("A-1:2026-03-02", "A-2:2026-03-03");
        transfers("mio-transfers.csv", ActsFile.ASTANA_MIO + ";101;2026-03-17;33224.86");
        assertCompleted(run(JOB, MARCH));

        transfers("mio-transfers-2.csv",
                ActsFile.ASTANA_MIO + ";101;17.03.2026;33224.86",
                "999999999999;7;2026-03-18;10.00",
                ActsFile.ASTANA_MIO + ";8;2026-03-18;-5",
                ActsFile.ASTANA_MIO + ";9;2026-03-18;12,5");
        assertCompleted(run(JOB, MARCH));

        assertThat(jdbc.queryForList("select line, reason_code from input_exception order by line")).containsExactly(
                Map.of("line", 2, "reason_code", "PAYMENT_ORDER_REPEATED"),
                Map.of("line", 3, "reason_code", "MIO_UNKNOWN"),
                Map.of("line", 4, "reason_code", "AMOUNT_INVALID"));
        assertThat(jdbc.queryForObject("select sum(amount) from mio_transfer", BigDecimal.class)).isEqualByComparingTo("33237.36");
        assertThat(state("A-2")).isEqualTo("REQUESTED");
    }

    @Test
    void eachPain001IsValidAgainstTheSchemaAndItsCountsAmountsReferencesAndActNumbersAreThoseOfTheDatabase() throws Exception {
        requestedRecords("A-1:2026-03-02", "A-2:2026-03-03:kaspi", "A-3:2026-03-04");
        transfers("mio-transfers.csv", ActsFile.ASTANA_MIO + ";101;2026-03-17;99674.58");

        assertCompleted(run(JOB, MARCH));

        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("src/main/resources/iso20022/pain.001.001.03.xsd").toFile());
        List<Map<String, Object>> registers = jdbc.queryForList("select id, bic, run_number, message_id, payments, total from payment_register order by bic");
        assertThat(registers).hasSize(2);
        for (Map<String, Object> register : registers) {
            Path xml = outbox(MARCH).resolve("payment-register_" + register.get("bic") + "_" + register.get("run_number") + ".xml");
            schema.newValidator().validate(new StreamSource(xml.toFile()));
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().parse(xml.toFile());
            assertThat(text(doc, "MsgId")).containsExactly((String) register.get("message_id"));
            assertThat(text(doc, "NbOfTxs")).containsOnly(register.get("payments").toString());
            assertThat(text(doc, "CtrlSum")).containsOnly(((BigDecimal) register.get("total")).toPlainString());
            List<Map<String, Object>> payments = jdbc.queryForList("""
                    select p.payment_reference, p.amount, r.act_number from payment p join reimbursement_record r using (record_id)
                    where p.register_id = ? order by p.payment_reference
                    """, register.get("id"));
            assertThat(text(doc, "EndToEndId")).containsExactlyElementsOf(payments.stream().map(p -> (String) p.get("payment_reference")).toList());
            assertThat(text(doc, "InstdAmt")).containsExactlyElementsOf(payments.stream().map(p -> ((BigDecimal) p.get("amount")).toPlainString()).toList());
            List<String> ustrd = text(doc, "Ustrd");
            for (int i = 0; i < payments.size(); i++) {
                assertThat(ustrd.get(i)).contains((String) payments.get(i).get("act_number")).contains("2026-02");
            }
            NodeList amounts = doc.getElementsByTagNameNS(Pain001Writer.NAMESPACE, "InstdAmt");
            assertThat(((Element) amounts.item(0)).getAttribute("Ccy")).isEqualTo("KZT");
        }
        assertThat(registers).extracting(r -> r.get("bic") + ":" + r.get("payments") + ":" + r.get("total"))
                .containsExactly("CASPKZKA:1:33224.86", "HSBKKZKX:2:66449.72");
        assertThat(count("select count(*) from payment where payment_reference = 'P' || record_id || '-1' and attempt = 1")).isEqualTo(3);
    }

    @Test
    void aRequeuedRecordIsPaidAgainWithAttemptTwoFromTheReturnedMoneyWithoutNewMioMoney() throws Exception {
        requestedRecords("A-1:2026-03-02", "A-2:2026-03-03");
        transfers("mio-transfers.csv", ActsFile.ASTANA_MIO + ";101;2026-03-17;66449.72");
        assertCompleted(run(JOB, MARCH));
        // What bank-returns does: the payment came back, the supplier's new details arrived (Kaspi).
        String newIban = ActsFile.iban("722", 77);
        jdbc.update("update payment set state = 'RETURNED', returned_at = date '2026-03-20', return_reason = 'account closed' where record_id = (select record_id from reimbursement_record where act_number = 'A-1')");
        jdbc.update("update reimbursement_record set supplier_iban = ?, supplier_bic = 'CASPKZKA' where act_number = 'A-1'", newIban);
        jdbc.update("update record_state set state = 'REQUEUED', supplier_iban = ?, supplier_bic = 'CASPKZKA' where record_id = (select record_id from reimbursement_record where act_number = 'A-1')", newIban);

        assertCompleted(run(JOB, MARCH));

        Map<String, Object> again = jdbc.queryForMap("""
                select p.attempt, p.bic, p.supplier_iban, p.amount, p.from_returned_money, p.state, g.bic as register_bic, g.run_number
                from payment p join payment_register g on g.id = p.register_id
                join reimbursement_record r on r.record_id = p.record_id where r.act_number = 'A-1' and p.attempt = 2
                """);
        assertThat(again).isEqualTo(Map.of("attempt", 2, "bic", "CASPKZKA", "supplier_iban", newIban, "amount", ONE_ACT,
                "from_returned_money", true, "state", "SENT", "register_bic", "CASPKZKA", "run_number", 1));
        assertThat(jdbc.queryForObject("select payment_reference from payment where attempt = 2", String.class)).endsWith("-2");
        assertThat(state("A-1")).isEqualTo("SENT");
        assertThat(count("select count(*) from mio_transfer")).isEqualTo(1);
        assertThat(count("select count(*) from payment")).isEqualTo(3);
        assertThat(Files.exists(outbox(MARCH).resolve("payment-register_CASPKZKA_1.xml"))).isTrue();
    }

    @Test
    void lastMonthsRunDoesNotPayThisMonthsRequeuedRecordIntoLastMonthsRegister() throws Exception {
        // Cron runs payment-orders for M-1 before M every working day (scripts/reimbursement-cron).
        requestedRecords("A-1:2026-03-02");
        transfers("mio-transfers.csv", ActsFile.ASTANA_MIO + ";101;2026-03-17;33224.86");
        assertCompleted(run(JOB, MARCH));
        jdbc.update("update payment set state = 'RETURNED', returned_at = date '2026-03-20' where record_id = (select record_id from reimbursement_record where act_number = 'A-1')");
        jdbc.update("update record_state set state = 'REQUEUED' where record_id = (select record_id from reimbursement_record where act_number = 'A-1')");

        // February's own need completed long ago, as it would have (its payment-orders waits for it).
        new kz.assistant.reimbursement.support.PaymentFixtures(jdbc, runner, home).completed("funding-need", YearMonth.of(2026, 2));
        var february = run(JOB, YearMonth.of(2026, 2));

        assertCompleted(february);
        assertThat(february.message()).contains("nothing new to pay");
        assertThat(state("A-1")).isEqualTo("REQUEUED");
        assertThat(count("select count(*) from payment_register where cycle_month = '2026-02'")).isZero();

        assertCompleted(run(JOB, MARCH));

        assertThat(state("A-1")).isEqualTo("SENT");
        assertThat(count("select count(*) from payment_register where cycle_month = '2026-03'")).isEqualTo(2);
    }

    @Test
    void aRunWithNothingToPayPaysNothingAndWritesNoFile() throws Exception {
        requestedRecords("A-1:2026-03-02");

        var outcome = run(JOB, MARCH);

        assertCompleted(outcome);
        assertThat(outcome.message()).contains("nothing new to pay");
        assertThat(count("select count(*) from payment_register")).isZero();
        assertThat(count("select count(*) from payment")).isZero();
        assertThat(registerFiles()).isEmpty();
        assertThat(state("A-1")).isEqualTo("REQUESTED");
    }

    @Test
    void aRunInterruptedInTheMiddleIsRestartedWithoutAPaymentLostOrDoubled() throws Exception {
        requestedRecords("K-1:2026-03-02:kaspi", "H-1:2026-03-03", "H-2:2026-03-04");
        transfers("mio-transfers.csv", ActsFile.ASTANA_MIO + ";101;2026-03-17;99674.58");
        long failing = jdbc.queryForObject("select record_id from reimbursement_record where act_number = 'H-2'", Long.class);
        jdbc.execute("""
                create function fail_payment() returns trigger language plpgsql as $$
                begin
                  if new.record_id = %d then raise exception 'injected failure for the test'; end if;
                  return new;
                end $$;
                create trigger fail_payment before insert on payment for each row execute function fail_payment();
                """.formatted(failing));
        try {
            var interrupted = run(JOB, MARCH);
            assertThat(interrupted.exitCode()).isEqualTo(ExitCode.FAILED);
            // Kaspi's register committed before the failure; Halyk's rolled back whole.
            assertThat(List.of(state("K-1"), state("H-1"), state("H-2"))).containsExactly("SENT", "FUNDED", "FUNDED");
            assertThat(count("select count(*) from payment")).isEqualTo(1);
        } finally {
            jdbc.execute("drop trigger if exists fail_payment on payment; drop function if exists fail_payment()");
        }

        assertCompleted(run(JOB, MARCH));

        assertThat(jdbc.queryForList("select r.act_number, count(p.*) as payments from reimbursement_record r left join payment p using (record_id) group by r.act_number order by 1"))
                .containsExactly(Map.of("act_number", "H-1", "payments", 1L), Map.of("act_number", "H-2", "payments", 1L),
                        Map.of("act_number", "K-1", "payments", 1L));
        assertThat(jdbc.queryForList("select bic, run_number, payments, total from payment_register order by bic")).containsExactly(
                Map.of("bic", "CASPKZKA", "run_number", 1, "payments", 1, "total", ONE_ACT),
                Map.of("bic", "HSBKKZKX", "run_number", 1, "payments", 2, "total", new BigDecimal("66449.72")));
        assertThat(count("select count(*) from record_state where state = 'SENT'")).isEqualTo(3);
        assertThat(registerFiles()).extracting(f -> f.getFileName().toString()).containsExactly(
                "payment-register_CASPKZKA_1.xlsx", "payment-register_CASPKZKA_1.xml",
                "payment-register_HSBKKZKX_1.xlsx", "payment-register_HSBKKZKX_1.xml");
    }

    private static List<String> text(Document doc, String element) {
        NodeList nodes = doc.getElementsByTagNameNS(Pain001Writer.NAMESPACE, element);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }
}
