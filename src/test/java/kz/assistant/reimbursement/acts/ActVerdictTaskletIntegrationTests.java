package kz.assistant.reimbursement.acts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import kz.assistant.reimbursement.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class ActVerdictTaskletIntegrationTests extends IntegrationTest {

    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Autowired
    private RejectedActsFile rejectedActsFile;

    /**
     * The checks run in a transaction of their own: statistics refreshed in the step's transaction,
     * not yet committed, would leave them planned with last month's, which know no act of this cycle
     * (with a year of history the act-number join then ran for more than ten minutes).
     */
    @Test
    void theChecksArePlannedWithStatisticsThatKnowTheNewActs() {
        insertActs(FEBRUARY, 200);
        jdbc.execute("analyze act_intake");
        insertActs(MARCH, 200);
        List<String> cycleMonthsKnownToTheChecks = new ArrayList<>();
        ActIntakeRepository repository = new ActIntakeRepository(jdbc) {
            @Override
            public int rejectDuplicates(YearMonth cycle) {
                cycleMonthsKnownToTheChecks.add(jdbc.queryForObject(
                        "select most_common_vals::text from pg_stats where tablename = 'act_intake' and attname = 'cycle_month'",
                        String.class));
                return super.rejectDuplicates(cycle);
            }
        };
        ActVerdictTasklet verdict = new ActVerdictTasklet(MARCH, new BigDecimal("0.20"), repository, transactionManager,
                rejectedActsFile);

        // As the step runs it: inside the step's transaction.
        new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                verdict.execute(new StepContribution(MetaDataInstanceFactory.createStepExecution()), null));

        assertThat(cycleMonthsKnownToTheChecks).singleElement().asString().contains(MARCH.toString());
    }

    private void insertActs(YearMonth cycle, int acts) {
        jdbc.update("""
                insert into act_intake (cycle_month, line, act_number, act_received, service_month, order_number,
                  decision_number, oblast, region, mio_bin, person_iin, person_name, supplier_id, supplier_name,
                  assistant_iin, assistant_name, service_days, hours, supplier_iban, supplier_bic)
                select ?, n, ? || '-ACT-' || n, date '2026-01-05', ?, ? || '-ORD-' || n, 'DEC-1', 'Область', 'Район',
                  '070340000111', '850101300011', 'Лицо', '850101300012', 'Поставщик', '850101300013', 'Помощник',
                  20, 40, 'KZ000000000000000000', 'HSBKKZKX'
                from generate_series(1, ?) as n
                """, cycle.toString(), cycle.toString(), cycle.minusMonths(1).toString(), cycle.toString(), acts);
    }
}
