package kz.assistant.reimbursement.reconciliation;

import java.time.LocalDate;
import java.util.List;

import kz.assistant.reimbursement.reference.MioNames.MioName;
import kz.assistant.reimbursement.reference.PerMioSpreadsheet;
import kz.assistant.reimbursement.spreadsheet.FormColumn;
import kz.assistant.reimbursement.spreadsheet.FormSpreadsheet;
import kz.assistant.reimbursement.spreadsheet.FormTexts;

/**
 * reconciliation-act_<mio_bin>.xlsx (п.21–22, Appendix 3): every payment order by which the MIO
 * funded cycle M, the total in figures and in words, and the form's two signature blocks, the MIO's
 * first. An act is written for each MIO that funded the cycle or has records in it: an MIO that owes
 * money gets an act showing nothing received. Rebuilt from the database, so the same data gives the
 * same act.
 */
public class ReconciliationActSpreadsheet extends PerMioSpreadsheet {

    /** The MIOs that get this file: a condition on {@code mio m}, every {@code ?} the cycle month. */
    public static final String MIOS = """
                exists (select 1 from mio_transfer t where t.cycle_month = ? and t.mio_bin = m.mio_bin)
                   or exists (select 1 from reimbursement_record r where r.cycle_month = ? and r.mio_bin = m.mio_bin)
                """;

    public ReconciliationActSpreadsheet(Context context) {
        super(context);
    }

    static List<FormColumn> columns(FormTexts t) {
        return List.of(
                FormColumn.integer(t.get("form.act.col.1"), 8),
                FormColumn.text(t.get("form.act.col.2"), 18),
                FormColumn.text(t.get("form.act.col.3"), 40),
                FormColumn.text(t.get("form.act.col.4"), 20),
                FormColumn.date(t.get("form.act.col.5"), 20),
                FormColumn.money(t.get("form.act.col.6"), 18).totalled());
    }

    @Override
    protected String prefix() {
        return "reconciliation-act";
    }

    @Override
    protected String sheetName(FormTexts texts) {
        return texts.get("form.act.sheet");
    }

    @Override
    protected void heading(FormSpreadsheet form, FormTexts t, MioName mio) {
        form.annex(t.get("form.annex", 3), t.get("form.form"))
                .title(titleAround(t, "form.act.title.before", "form.act.title.after", mio.name()))
                .headerLines(t.get("form.signature.mio-name"), t.get("form.reporting-period", t.month(cycle)))
                .columns(columns(t));
    }

    @Override
    protected void rows(MioName mio, Rows rows) {
        long[] n = {0};
        // Order by date then number: the order in which the money arrived, stable across reruns.
        jdbc.query("""
                select payment_order_number, payment_order_date, amount from mio_transfer
                where cycle_month = ? and mio_bin = ? order by payment_order_date, payment_order_number, id
                """, rs -> {
            rows.row(++n[0], mio.bin(), mio.name(), rs.getString("payment_order_number"),
                    rs.getObject("payment_order_date", LocalDate.class), rs.getBigDecimal("amount"));
        }, cycle.toString(), mio.bin());
    }

    @Override
    protected void footer(FormSpreadsheet form, FormTexts t, MioName mio) {
        String line = t.get("form.signature.line");
        String person = t.get("form.signature.person");
        form.totals(t.get("form.act.total"))
                .textLine(t.get("form.act.words", t.words(form.total(5))))
                .signatures(String.join("\n", mio.name(), t.get("form.signature.mio-name"), line, line, person),
                        String.join("\n", t.get("form.state-corporation"), line, line, person));
    }
}
