package kz.assistant.reimbursement.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.exemptions.ExemptionBook;
import kz.assistant.reimbursement.reference.ReferenceDataRepository;
import kz.assistant.reimbursement.reimbursementlist.ReimbursementListJobConfiguration;
import kz.assistant.reimbursement.samples.SampleDataGenerator;
import kz.assistant.reimbursement.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calculation runs in partitions by assistant range on every core; its records must be those of
 * one sequential pass over the whole file, act for act, the OPV/OSMS caps of assistants with several
 * acts a month included.
 */
class PartitionedCalculationIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ReferenceDataRepository reference;

    @Test
    void thePartitionedRunGivesTheRecordsOfOneSequentialPass() throws Exception {
        SampleDataGenerator.generate(3_000, MARCH, inbox(MARCH), 20260314L, 0);

        var outcome = run(ReimbursementListJobConfiguration.JOB_NAME, MARCH);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCode.COMPLETED);
        assertThat(count("select count(*) from batch_step_execution where step_name like ?",
                CalculationStepsConfiguration.CALCULATION_PARTITION + ":partition%")).isPositive();
        assertThat(count("select count(*) from (select 1 from act_intake group by assistant_iin, service_month having count(*) > 1) x"))
                .as("assistants with several acts a month, whose caps depend on their earlier lines").isPositive();
        List<String> recorded = jdbc.query("select record_id, guaranteed, opv, osms, to_supplier, opv_exempt, osms_exempt "
                        + "from reimbursement_record where cycle_month = ? order by record_id",
                (rs, i) -> rs.getLong(1) + ";" + rs.getBigDecimal(2) + ";" + rs.getBigDecimal(3) + ";" + rs.getBigDecimal(4)
                        + ";" + rs.getBigDecimal(5) + ";" + rs.getBoolean(6) + ";" + rs.getBoolean(7), MARCH.toString());

        assertThat(recorded).hasSize(3_000).isEqualTo(calculated(List.of(AssistantRange.ALL)));
    }

    @Test
    void rangesCoverEveryActOnceAndGiveTheSameRecordsAsOnePass() throws Exception {
        SampleDataGenerator.generate(2_000, MARCH, inbox(MARCH), 7L, 0);
        run(ReimbursementListJobConfiguration.JOB_NAME, MARCH);

        List<AssistantRange> ranges = new AssistantRangePartitioner(jdbc, MARCH).ranges(4);

        assertThat(ranges).hasSize(4);
        assertThat(ranges.get(0).from()).isNull();
        assertThat(ranges.get(3).to()).isNull();
        for (int i = 1; i < ranges.size(); i++) {
            assertThat(ranges.get(i).from()).isEqualTo(ranges.get(i - 1).to());
        }
        List<String> byRanges = calculated(ranges);
        List<String> onePass = calculated(List.of(AssistantRange.ALL));
        assertThat(byRanges).hasSize(2_000).isEqualTo(onePass);
    }

    @Test
    void rangesFromASampleOfTheActsStillCoverEveryActOnce() throws Exception {
        SampleDataGenerator.generate(4_000, MARCH, inbox(MARCH), 11L, 0);
        run(ReimbursementListJobConfiguration.JOB_NAME, MARCH);
        jdbc.execute("analyze act_intake");

        // A sample of about 500 of the 4 000 acts: the pages sampled decide where the ranges split.
        List<AssistantRange> ranges = new AssistantRangePartitioner(jdbc, MARCH, 500).ranges(2);

        assertThat(ranges).hasSize(2);
        long below = count("select count(*) from act_intake where cycle_month = ? and assistant_iin < ?",
                MARCH.toString(), ranges.get(1).from());
        assertThat(below).as("acts in the first range").isBetween(1_000L, 3_000L);
        assertThat(calculated(ranges)).hasSize(4_000).isEqualTo(calculated(List.of(AssistantRange.ALL)));
    }

    /**
     * Reader and processor of the calculation, range after range on this thread; sorted by record id
     * (ids have the same number of digits), as the reader streams in the window's order.
     */
    private List<String> calculated(List<AssistantRange> ranges) {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        tx.setReadOnly(true);
        List<String> records = new ArrayList<>();
        tx.executeWithoutResult(status -> {
            RecordCalculationProcessor processor = new RecordCalculationProcessor(MARCH, reference.load(), ExemptionBook.load(jdbc, MARCH));
            for (AssistantRange range : ranges) {
                JdbcCursorItemReader<ActToCalculate> reader = ActToCalculateReader.create(dataSource, MARCH, 100, range,
                        EarlierRecordsScope.of(jdbc, MARCH));
                reader.open(new ExecutionContext());
                try {
                    ActToCalculate act;
                    while ((act = reader.read()) != null) {
                        ReimbursementRecord r = processor.process(act);
                        records.add(r.recordId() + ";" + r.sum().guaranteed() + ";" + r.sum().opv() + ";" + r.sum().osms()
                                + ";" + r.sum().toSupplier() + ";" + r.exemption().opvExempt() + ";" + r.exemption().osmsExempt());
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    reader.close();
                }
            }
        });
        records.sort(null);
        return records;
    }
}
