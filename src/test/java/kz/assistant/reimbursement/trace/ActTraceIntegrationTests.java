package kz.assistant.reimbursement.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import kz.assistant.reimbursement.returns.BankReturnsJobConfiguration;
import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import kz.assistant.reimbursement.support.PaymentFixtures;
import kz.assistant.reimbursement.system.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The trace of an act: its whole path, from the file line to the second payment, masked unless asked. */
class ActTraceIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Autowired
    private ActTraceService traces;

    @Autowired
    private Messages messages;

    @Test
    void anActReturnedAndPaidAgainShowsItsLineSumsStatesBothPaymentsTheReturnAndTheNewDetails() throws Exception {
        PaymentFixtures fixtures = new PaymentFixtures(jdbc, runner, home);
        ActsFile acts = new ActsFile();
        Map<String, String> act = acts.act();
        for (int i = 0; i < 5; i++) {
            acts.act();
        }
        acts.add(Map.of("act_number", "BAD-1", "hours", "0"));
        long record = fixtures.formRecords(MARCH, acts).get(0);
        fixtures.sendAll(MARCH);
        String newIban = ActsFile.iban("722", 77);
        Files.writeString(inbox(MARCH).resolve("bank-returns.csv"), "payment_reference;bic;supplier_iban;amount;returned_on;reason\n"
                + PaymentFixtures.reference(record, 1) + ";HSBKKZKX;;33224.86;2026-03-20;Счёт закрыт\n");
        Files.writeString(inbox(MARCH).resolve("psu-requisites.csv"), "supplier_id;supplier_iban;supplier_bic;changed_on\n"
                + act.get("supplier_id") + ";" + newIban + ";CASPKZKA;2026-03-21\n");
        runner.run(BankReturnsJobConfiguration.JOB_NAME, MARCH, LocalDate.of(2026, 3, 23), false);
        fixtures.sendAll(MARCH);

        ActTrace trace = traces.trace("ACT-T-1").orElseThrow();

        assertThat(trace.intakes()).singleElement().satisfies(in -> {
            assertThat(in.fileName()).isEqualTo("psu-acts.csv");
            assertThat(in.line()).isEqualTo(2);
            assertThat(in.accepted()).isTrue();
        });
        assertThat(trace.record().recordId()).isEqualTo(record);
        assertThat(trace.record().toSupplier()).isEqualByComparingTo("33224.86");
        assertThat(trace.payments()).extracting(ActTrace.Payment::reference, ActTrace.Payment::iban)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PaymentFixtures.reference(record, 1), act.get("supplier_iban")),
                        org.assertj.core.groups.Tuple.tuple(PaymentFixtures.reference(record, 2), newIban));
        assertThat(trace.returns()).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo("Счёт закрыт"));
        assertThat(trace.newDetails()).singleElement().satisfies(d -> assertThat(d.changedOn()).isEqualTo(LocalDate.of(2026, 3, 21)));
        assertThat(trace.events()).extracting(ActTrace.Event::state).containsSubsequence("SENT", "SENT").contains("FORMED", "RETURNED");

        List<String> masked = new ActTraceText(messages).lines(trace, false);
        String text = String.join("\n", masked);
        assertThat(text).contains("Путь акта ACT-T-1").contains("файл psu-acts.csv, строка 2 — принят")
                .contains("Возврат платежа " + PaymentFixtures.reference(record, 1) + ": 2026-03-20")
                .doesNotContain(act.get("assistant_iin")).doesNotContain(act.get("supplier_iban")).doesNotContain(newIban)
                .doesNotContain("Садыков").contains(act.get("assistant_iin").substring(0, 4) + "******");
        assertThat(String.join("\n", new ActTraceText(messages).lines(trace, true))).contains(act.get("assistant_iin")).contains(newIban);
        assertThat(traces.trace("BAD-1").orElseThrow().intakes()).singleElement()
                .satisfies(in -> assertThat(in.reasonCode()).isEqualTo("HOURS_NOT_POSITIVE"));
        assertThat(traces.trace("NO-SUCH-ACT")).isEmpty();
    }
}
