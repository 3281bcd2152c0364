package kz.assistant.reimbursement.records;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Inserts a chunk of records in one statement: the act's columns come from its act_intake row, the
 * calculated ones as arrays, so that names, numbers and accounts never travel to Java and back (a
 * third of the calculation's time at a million acts). They go into the cycle's own table, bare until
 * the calculation is over ({@link RecordPartition}); its unique act number index, built then, makes
 * a second record for an act impossible, whatever goes wrong above.
 */
public class ReimbursementRecordWriter implements ItemWriter<ReimbursementRecord> {

    private static final String INSERT = """
            insert into %s (record_id, cycle_month, line, act_number, act_received, service_month,
              order_number, decision_number, oblast, region, mio_bin, person_iin, person_name, supplier_id, supplier_name,
              assistant_iin, assistant_name, service_days, hours, supplier_iban, supplier_bic, hour_rate, guaranteed, opv,
              osms, to_supplier, opv_exempt, osms_exempt, service_cost)
            select c.record_id, a.cycle_month, a.line, a.act_number, a.act_received, a.service_month, a.order_number,
              a.decision_number, a.oblast, a.region, a.mio_bin, a.person_iin, a.person_name, a.supplier_id, a.supplier_name,
              a.assistant_iin, a.assistant_name, a.service_days, a.hours, a.supplier_iban, a.supplier_bic, c.hour_rate,
              c.guaranteed, c.opv, c.osms, c.to_supplier, c.opv_exempt, c.osms_exempt, a.service_cost
            from unnest(?::bigint[], ?::int[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[],
                        ?::boolean[], ?::boolean[])
              as c (record_id, line, hour_rate, guaranteed, opv, osms, to_supplier, opv_exempt, osms_exempt)
            join act_intake a on a.cycle_month = ? and a.line = c.line
            """;

    private final DataSource dataSource;

    public ReimbursementRecordWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void write(Chunk<? extends ReimbursementRecord> chunk) throws SQLException {
        if (chunk.isEmpty()) {
            return;
        }
        int n = chunk.size();
        Long[] ids = new Long[n];
        Integer[] lines = new Integer[n];
        BigDecimal[][] amounts = new BigDecimal[5][n];
        Boolean[] opvExempt = new Boolean[n];
        Boolean[] osmsExempt = new Boolean[n];
        YearMonth cycle = null;
        int i = 0;
        for (ReimbursementRecord r : chunk) {
            cycle = r.cycleMonth();
            ids[i] = r.recordId();
            lines[i] = Math.toIntExact(r.line());
            amounts[0][i] = r.hourRate();
            amounts[1][i] = r.sum().guaranteed();
            amounts[2][i] = r.sum().opv();
            amounts[3][i] = r.sum().osms();
            amounts[4][i] = r.sum().toSupplier();
            opvExempt[i] = r.exemption().opvExempt();
            osmsExempt[i] = r.exemption().osmsExempt();
            i++;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement insert = connection.prepareStatement(INSERT.formatted(RecordPartition.table(cycle)))) {
            insert.setArray(1, connection.createArrayOf("bigint", ids));
            insert.setArray(2, connection.createArrayOf("int4", lines));
            for (int k = 0; k < amounts.length; k++) {
                insert.setArray(3 + k, connection.createArrayOf("numeric", amounts[k]));
            }
            insert.setArray(8, connection.createArrayOf("bool", opvExempt));
            insert.setArray(9, connection.createArrayOf("bool", osmsExempt));
            insert.setString(10, cycle.toString());
            int inserted = insert.executeUpdate();
            if (inserted != n) {
                // An act calculated but gone from act_intake: never silently a record short.
                throw new DataIntegrityViolationException("Calculated " + n + " records of " + cycle
                        + " but only " + inserted + " of their acts are in act_intake");
            }
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
