package kz.assistant.reimbursement.reimbursementlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** п.3: the MIO pays within the guaranteed sum, so an act that cost less than G is reimbursed its cost. */
class ServiceCostIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    void aCostBelowTheGuaranteedSumIsReimbursedAndItsPartsFollowFromIt() throws Exception {
        ActsFile acts = new ActsFile();
        // 120.5 h of 2026: G = 71 086.57 (docs/rules.md); the act cost 50 000.00.
        acts.add(Map.of("act_number", "COST-1", "service_days", "16", "hours", "120.5", "service_cost", "50000"));
        // A cost above G is reimbursed G; an empty cost is G as before.
        acts.add(Map.of("act_number", "COST-2", "service_days", "16", "hours", "120.5", "service_cost", "90000.00"));
        acts.add(Map.of("act_number", "COST-3", "service_days", "16", "hours", "120.5", "service_cost", ""));

        var outcome = runMarch(acts);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(jdbc.queryForMap("select guaranteed, opv, osms, to_supplier, service_cost from reimbursement_record where act_number = 'COST-1'"))
                .containsEntry("guaranteed", new BigDecimal("50000.00")).containsEntry("opv", new BigDecimal("5000.00"))
                .containsEntry("osms", new BigDecimal("1000.00")).containsEntry("to_supplier", new BigDecimal("44000.00"))
                .containsEntry("service_cost", new BigDecimal("50000.00"));
        assertThat(jdbc.queryForObject("select guaranteed from reimbursement_record where act_number = 'COST-2'", BigDecimal.class))
                .isEqualTo(new BigDecimal("71086.57"));
        assertThat(jdbc.queryForMap("select guaranteed, service_cost from reimbursement_record where act_number = 'COST-3'"))
                .containsEntry("guaranteed", new BigDecimal("71086.57")).containsEntry("service_cost", null);
        // SO on top of the sum reimbursed: each act is its own assistant, base = G − OPV (45 000.00 for COST-1).
        assertThat(jdbc.queryForObject("""
                select so_due from social_contribution s join reimbursement_record r
                  on r.assistant_iin = s.assistant_iin and r.service_month = s.service_month where r.act_number = 'COST-1'
                """, BigDecimal.class)).isEqualTo(new BigDecimal("2250.00"));
    }

    @Test
    void aNegativeNonNumericOrThreeDecimalCostIsRejectedWithItsReason() throws Exception {
        ActsFile acts = new ActsFile();
        for (int i = 0; i < 15; i++) {
            acts.act();
        }
        acts.add(Map.of("act_number", "BAD-NEG", "service_cost", "-100"));
        acts.add(Map.of("act_number", "BAD-TEXT", "service_cost", "пятьдесят"));
        acts.add(Map.of("act_number", "BAD-TIYN", "service_cost", "100.005"));

        var outcome = runMarch(acts);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(jdbc.queryForList("select act_number || ' ' || reason_code from rejected_act order by line", String.class))
                .containsExactly("BAD-NEG SERVICE_COST_NOT_POSITIVE", "BAD-TEXT SERVICE_COST_INVALID", "BAD-TIYN SERVICE_COST_TOO_PRECISE");
        List<String> file = Files.readAllLines(outbox(MARCH).resolve("rejected-acts.csv"));
        assertThat(file.get(0)).endsWith(";service_cost;line;reason_code;reason");
        assertThat(file).anyMatch(l -> l.contains(";100.005;19;SERVICE_COST_TOO_PRECISE;Стоимость услуги указана точнее двух знаков"));
        assertThat(count("select count(*) from reimbursement_record")).isEqualTo(15);
    }

    private kz.assistant.reimbursement.cli.JobRunner.Outcome runMarch(ActsFile acts) throws Exception {
        acts.writeTo(inbox(MARCH));
        Files.writeString(inbox(MARCH).resolve("oop-exemptions.csv"), "iin;opv_exempt;osms_exempt;basis;valid_from;valid_to\n");
        return run(ReimbursementListJobConfiguration.JOB_NAME, MARCH);
    }
}
