package kz.assistant.reimbursement.acts;

import java.util.List;

/** The columns of psu-acts.csv (docs/file-contract.md), in the order rejected-acts.csv repeats them. */
public final class ActColumns {

    public static final List<String> ALL = List.of(
            "act_number", "act_received", "service_month", "order_number", "decision_number", "oblast", "region",
            "mio_bin", "person_iin", "person_name", "supplier_id", "supplier_name", "assistant_iin", "assistant_name",
            "service_days", "hours", "supplier_iban", "supplier_bic");

    /** п.3: the act's cost in tenge; optional, so files without the column still load. */
    public static final String SERVICE_COST = "service_cost";

    private ActColumns() {
    }
}
