package kz.assistant.reimbursement.records;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import kz.assistant.reimbursement.acts.PsuAct;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts a chunk of records in state FORMED with one JDBC batch (multi-row inserts). The unique act
 * number makes a second record for an act impossible, whatever goes wrong above.
 */
public class ReimbursementRecordWriter implements ItemWriter<ReimbursementRecord> {

    private static final String INSERT = """
            insert into reimbursement_record (record_id, cycle_month, line, act_number, act_received, service_month,
              order_number, decision_number, oblast, region, mio_bin, person_iin, person_name, supplier_id, supplier_name,
              assistant_iin, assistant_name, service_days, hours, supplier_iban, supplier_bic, hour_rate, guaranteed,
              opv, osms, to_supplier, opv_exempt, osms_exempt, state)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'FORMED')
            """;

    private final JdbcTemplate jdbc;

    public ReimbursementRecordWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void write(Chunk<? extends ReimbursementRecord> chunk) {
        List<Object[]> rows = new ArrayList<>(chunk.size());
        for (ReimbursementRecord r : chunk) {
            PsuAct a = r.act();
            rows.add(new Object[] {r.recordId(), r.cycleMonth().toString(), a.line(), a.actNumber(),
                    Date.valueOf(a.actReceived()), a.serviceMonth().toString(), a.orderNumber(), a.decisionNumber(),
                    a.oblast(), a.region(), a.mioBin(), a.personIin(), a.personName(), a.supplierId(), a.supplierName(),
                    a.assistantIin(), a.assistantName(), a.serviceDays(), a.hours(), a.supplierIban(), a.supplierBic(),
                    r.hourRate(), r.sum().guaranteed(), r.sum().opv(), r.sum().osms(), r.sum().toSupplier(),
                    r.exemption().opvExempt(), r.exemption().osmsExempt()});
        }
        jdbc.batchUpdate(INSERT, rows);
    }
}
