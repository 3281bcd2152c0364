package kz.assistant.reimbursement.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.YearMonth;

import kz.assistant.reimbursement.cli.ExitCode;
import kz.assistant.reimbursement.reimbursementlist.ReimbursementListJobConfiguration;
import kz.assistant.reimbursement.support.ActsFile;
import kz.assistant.reimbursement.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A cycle's records are a partition of reimbursement_record of their own (V12), written bare and
 * indexed once: what an interrupted or upgraded run finds there must still end as one attached table
 * with the uniqueness the unpartitioned table had.
 */
class RecordPartitionIntegrationTests extends IntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);

    @Autowired
    RecordPartition partition;

    @Test
    void aCompletedListLeavesItsRecordsInTheCyclesOwnIndexedPartition() throws Exception {
        formMarch(3);

        assertThat(count("select count(*) from " + RecordPartition.table(MARCH))).isEqualTo(3);
        assertThat(count("select count(*) from reimbursement_record_default")).isZero();
        assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = ? order by 1", String.class,
                RecordPartition.table(MARCH))).containsExactly("reimbursement_record_2026_03_act_once",
                "reimbursement_record_2026_03_assistant_month", "reimbursement_record_2026_03_cycle",
                "reimbursement_record_2026_03_order_month_once", "reimbursement_record_2026_03_pkey");
    }

    @Test
    void recordsOfTheCycleFoundInTheDefaultPartitionMoveIntoItsTableAndStayVisibleOnceAttached() throws Exception {
        formMarch(1);
        // A record of April formed before V12: it lives in the default partition.
        insertAprilRecord("APR-1", "ORD-APR-1");
        assertThat(count("select count(*) from reimbursement_record_default")).isEqualTo(1);

        partition.prepare(APRIL);
        assertThat(count("select count(*) from reimbursement_record_default")).isZero();
        assertThat(count("select count(*) from " + RecordPartition.table(APRIL))).isEqualTo(1);
        assertThat(count("select count(*) from reimbursement_record where cycle_month = '2026-04'")).isZero();

        partition.indexAndAttach(APRIL);
        partition.indexAndAttach(APRIL);   // a restart after the attach changes nothing

        assertThat(count("select count(*) from reimbursement_record where cycle_month = '2026-04' and act_number = 'APR-1'"))
                .isEqualTo(1);
    }

    @Test
    void aRepeatedActNumberInTheCyclesTableFailsTheIndexBuildAndNothingIsAttached() throws Exception {
        formMarch(1);
        partition.prepare(APRIL);
        insertAprilRecord(RecordPartition.table(APRIL), "APR-SAME", "ORD-APR-1", 1);
        insertAprilRecord(RecordPartition.table(APRIL), "APR-SAME", "ORD-APR-2", 2);

        assertThatThrownBy(() -> partition.indexAndAttach(APRIL)).hasMessageContaining("act_once");
        assertThat(count("select count(*) from reimbursement_record where cycle_month = '2026-04'")).isZero();
    }

    private void formMarch(int acts) throws Exception {
        ActsFile file = new ActsFile();
        for (int i = 0; i < acts; i++) {
            file.act();
        }
        file.writeTo(inbox(MARCH));
        Files.writeString(inbox(MARCH).resolve("oop-exemptions.csv"), "iin;opv_exempt;osms_exempt;basis;valid_from;valid_to\n");
        assertThat(run(ReimbursementListJobConfiguration.JOB_NAME, MARCH).exitCode()).isEqualTo(ExitCode.COMPLETED);
    }

    private void insertAprilRecord(String actNumber, String orderNumber) {
        insertAprilRecord("reimbursement_record", actNumber, orderNumber, 1);
    }

    /** A copy of a March record as a record of April, line {@code line}, into {@code table}. */
    private void insertAprilRecord(String table, String actNumber, String orderNumber, int line) {
        jdbc.execute("create temp table april_record as select * from reimbursement_record limit 1");
        jdbc.update("update april_record set record_id = ?, line = ?, cycle_month = '2026-04', act_number = ?, order_number = ?",
                ReimbursementRecord.idOf(APRIL, line), line, actNumber, orderNumber);
        jdbc.execute("insert into " + table + " select * from april_record");
        jdbc.execute("drop table april_record");
    }
}
