package kz.assistant.reimbursement.returns;

import java.time.LocalDate;
import java.util.List;

import kz.assistant.reimbursement.reference.MioNames.MioName;
import kz.assistant.reimbursement.reference.PerMioSpreadsheet;
import kz.assistant.reimbursement.spreadsheet.FormColumn;
import kz.assistant.reimbursement.spreadsheet.FormSpreadsheet;
import kz.assistant.reimbursement.spreadsheet.FormTexts;

/**
 * return-refunds_<mio_bin>.xlsx (п.20): the sums given back to each MIO for cycle M, rebuilt from
 * the refunds. No appendix prescribes it; it is laid out as the appendices are.
 */
public class ReturnRefundsSpreadsheet extends PerMioSpreadsheet {

    /** The MIOs that get this file: a condition on {@code mio m}, every {@code ?} the cycle month. */
    public static final String MIOS = """
                exists (select 1 from refund f where f.cycle_month = ? and f.mio_bin = m.mio_bin)
                """;

    public ReturnRefundsSpreadsheet(Context context) {
        super(context);
    }

    static List<FormColumn> columns(FormTexts t) {
        return List.of(
                FormColumn.integer(t.get("form.refunds.col.1"), 5),
                FormColumn.text(t.get("form.refunds.col.2"), 12),
                FormColumn.text(t.get("form.refunds.col.3"), 18),
                FormColumn.text(t.get("form.refunds.col.4"), 14),
                FormColumn.text(t.get("form.refunds.col.5"), 28),
                FormColumn.money(t.get("form.refunds.col.6"), 15).totalled(),
                FormColumn.date(t.get("form.refunds.col.7"), 12),
                FormColumn.text(t.get("form.refunds.col.8"), 28),
                FormColumn.date(t.get("form.refunds.col.9"), 12));
    }

    @Override
    protected String prefix() {
        return "return-refunds";
    }

    @Override
    protected String sheetName(FormTexts texts) {
        return texts.get("form.refunds.sheet");
    }

    @Override
    protected void heading(FormSpreadsheet form, FormTexts t, MioName mio) {
        form.title(t.get("form.refunds.title"))
                .headerLines(t.get("form.mio", mio.name(), mio.bin()), t.get("form.payment-month", t.month(cycle)))
                .columns(columns(t));
    }

    @Override
    protected void rows(MioName mio, Rows rows) {
        long[] n = {0};
        jdbc.query("""
                select f.record_id, r.act_number, r.supplier_id, r.supplier_name, f.amount, p.returned_at, p.return_reason, f.refunded_on
                from refund f join reimbursement_record r on r.record_id = f.record_id
                left join lateral (select returned_at, return_reason from payment q
                                   where q.record_id = f.record_id and q.state = 'RETURNED' order by q.attempt desc limit 1) p on true
                where f.cycle_month = ? and f.mio_bin = ? order by f.record_id
                """, rs -> {
            rows.row(++n[0], String.valueOf(rs.getLong("record_id")), rs.getString("act_number"), rs.getString("supplier_id"),
                    rs.getString("supplier_name"), rs.getBigDecimal("amount"), rs.getObject("returned_at", LocalDate.class),
                    rs.getString("return_reason"), rs.getObject("refunded_on", LocalDate.class));
        }, cycle.toString(), mio.bin());
    }

    @Override
    protected void footer(FormSpreadsheet form, FormTexts t, MioName mio) {
        form.totals(t.get("form.total"))
                .textLine(t.get("form.refunds.words", t.words(form.total(5))))
                .signatures(t.get("form.signature.head"), t.get("form.signature.accountant"), t.get("form.signature.executor"));
    }
}
