package kz.assistant.reimbursement.records;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

import kz.assistant.reimbursement.acts.PsuAct;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import kz.assistant.reimbursement.system.PgCopy;

/**
 * Inserts a chunk of records in state FORMED with one COPY (state defaults to FORMED). The unique act
 * number makes a second record for an act impossible, whatever goes wrong above.
 */
public class ReimbursementRecordWriter implements ItemWriter<ReimbursementRecord> {

    private static final List<String> COLUMNS = List.of("record_id", "cycle_month", "line", "act_number", "act_received",
            "service_month", "order_number", "decision_number", "oblast", "region", "mio_bin", "person_iin", "person_name",
            "supplier_id", "supplier_name", "assistant_iin", "assistant_name", "service_days", "hours", "supplier_iban",
            "supplier_bic", "hour_rate", "guaranteed", "opv", "osms", "to_supplier", "opv_exempt", "osms_exempt");

    private final PgCopy copy;

    public ReimbursementRecordWriter(DataSource dataSource) {
        this.copy = new PgCopy(dataSource, "reimbursement_record", COLUMNS);
    }

    @Override
    public void write(Chunk<? extends ReimbursementRecord> chunk) {
        List<Object[]> rows = new ArrayList<>(chunk.size());
        for (ReimbursementRecord r : chunk) {
            PsuAct a = r.act();
            rows.add(new Object[] {r.recordId(), r.cycleMonth().toString(), a.line(), a.actNumber(),
                    a.actReceived(), a.serviceMonth().toString(), a.orderNumber(), a.decisionNumber(),
                    a.oblast(), a.region(), a.mioBin(), a.personIin(), a.personName(), a.supplierId(), a.supplierName(),
                    a.assistantIin(), a.assistantName(), a.serviceDays(), a.hours(), a.supplierIban(), a.supplierBic(),
                    r.hourRate(), r.sum().guaranteed(), r.sum().opv(), r.sum().osms(), r.sum().toSupplier(),
                    r.exemption().opvExempt(), r.exemption().osmsExempt()});
        }
        copy.copy(rows);
    }
}
