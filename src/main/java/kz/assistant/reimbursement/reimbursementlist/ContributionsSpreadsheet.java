package kz.assistant.reimbursement.reimbursementlist;

import java.time.YearMonth;
import java.util.List;

import kz.assistant.reimbursement.reference.MioNames.MioName;
import kz.assistant.reimbursement.reference.PerMioSpreadsheet;
import kz.assistant.reimbursement.spreadsheet.FormColumn;
import kz.assistant.reimbursement.spreadsheet.FormSpreadsheet;
import kz.assistant.reimbursement.spreadsheet.FormTexts;
import kz.assistant.reimbursement.spreadsheet.Utf8Text;

/**
 * The OPV, OSMS and SO one MIO transfers ({@code contributions_<mio_bin>.xlsx}, п.4–5), from the
 * social contributions of the cycle, rebuilt from the database on every run. No appendix prescribes
 * it; it is laid out as the appendices are.
 */
public class ContributionsSpreadsheet extends PerMioSpreadsheet {

    public ContributionsSpreadsheet(Context context) {
        super(context);
    }

    static List<FormColumn> columns(FormTexts t) {
        return List.of(
                FormColumn.integer(t.get("form.contributions.col.1"), 5),
                FormColumn.text(t.get("form.contributions.col.2"), 14),
                FormColumn.text(t.get("form.contributions.col.3"), 28),
                FormColumn.month(t.get("form.contributions.col.4"), 12),
                FormColumn.integer(t.get("form.contributions.col.5"), 9).totalled(),
                FormColumn.money(t.get("form.contributions.col.6"), 15).totalled(),
                FormColumn.money(t.get("form.contributions.col.7"), 13).totalled(),
                FormColumn.money(t.get("form.contributions.col.8"), 13).totalled(),
                FormColumn.money(t.get("form.contributions.col.9"), 15),
                FormColumn.money(t.get("form.contributions.col.10"), 13),
                FormColumn.money(t.get("form.contributions.col.11"), 13).totalled());
    }

    @Override
    protected String prefix() {
        return "contributions";
    }

    @Override
    protected String sheetName(FormTexts texts) {
        return texts.get("form.contributions.sheet");
    }

    @Override
    protected void heading(FormSpreadsheet form, FormTexts t, MioName mio) {
        form.title(t.get("form.contributions.title"))
                .headerLines(t.get("form.division", mio.name(), mio.bin()), t.get("form.payment-month", t.month(cycle)),
                        t.get("form.contributions.note"))
                .columns(columns(t));
    }

    @Override
    protected void rows(MioName mio, Rows rows) {
        long[] n = {0};
        jdbc.query("""
                select assistant_iin, assistant_name, service_month, acts, guaranteed, opv, osms, so_base, so_total, so_due
                from social_contribution where cycle_month = ? and mio_bin = ? order by assistant_iin, service_month
                """, rs -> {
            rows.row(++n[0], Utf8Text.column(rs, 1), Utf8Text.column(rs, 2), YearMonth.parse(rs.getString(3)), rs.getInt(4),
                    rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                    rs.getBigDecimal(9), rs.getBigDecimal(10));
        }, cycle.toString(), mio.bin());
    }

    @Override
    protected void footer(FormSpreadsheet form, FormTexts t, MioName mio) {
        form.totals(t.get("form.total"))
                .textLine(t.get("form.contributions.words.opv", t.words(form.total(6))))
                .textLine(t.get("form.contributions.words.osms", t.words(form.total(7))))
                .textLine(t.get("form.contributions.words.so", t.words(form.total(10))))
                .signatures(t.get("form.signature.head"), t.get("form.signature.accountant"));
    }
}
