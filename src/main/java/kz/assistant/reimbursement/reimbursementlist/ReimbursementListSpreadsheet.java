package kz.assistant.reimbursement.reimbursementlist;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import kz.assistant.reimbursement.records.ReimbursementRecord;
import kz.assistant.reimbursement.reference.MioNames.MioName;
import kz.assistant.reimbursement.reference.PerMioSpreadsheet;
import kz.assistant.reimbursement.spreadsheet.FormColumn;
import kz.assistant.reimbursement.spreadsheet.FormSpreadsheet;
import kz.assistant.reimbursement.spreadsheet.FormTexts;
import kz.assistant.reimbursement.spreadsheet.Utf8Text;

/**
 * The list by acts of one MIO, Appendix 1 to the order ({@code reimbursement-list_<mio_bin>.xlsx}):
 * the form's eighteen columns, with "из них сумма" over 16–18, the totals and the footnote. The days
 * and hours of each act, which the form has no column for, are on a second sheet.
 */
public class ReimbursementListSpreadsheet extends PerMioSpreadsheet {

    /** The MIOs with records in the cycle: each gets its list and its contributions file. */
    public static final String MIOS = "exists (select 1 from reimbursement_record r where r.cycle_month = ? and r.mio_bin = m.mio_bin)";

    public ReimbursementListSpreadsheet(Context context) {
        super(context);
    }

    static List<FormColumn> columns(FormTexts t) {
        String group = t.get("form.list.group");
        return List.of(
                FormColumn.integer(t.get("form.list.col.1"), 5),
                FormColumn.text(t.get("form.list.col.2"), 12),
                FormColumn.text(t.get("form.list.col.3"), 15),
                FormColumn.text(t.get("form.list.col.4"), 13),
                FormColumn.text(t.get("form.list.col.5"), 16),
                FormColumn.text(t.get("form.list.col.6"), 13),
                FormColumn.text(t.get("form.list.col.7"), 16),
                FormColumn.text(t.get("form.list.col.8"), 13),
                FormColumn.text(t.get("form.list.col.9"), 16),
                FormColumn.text(t.get("form.list.col.10"), 14),
                FormColumn.text(t.get("form.list.col.11"), 16),
                FormColumn.text(t.get("form.list.col.12"), 19),
                FormColumn.date(t.get("form.list.col.13"), 11),
                FormColumn.month(t.get("form.list.col.14"), 13),
                FormColumn.money(t.get("form.list.col.15"), 18).totalled(),
                FormColumn.money(t.get("form.list.col.16"), 14).under(group).totalled(),
                FormColumn.money(t.get("form.list.col.17"), 16).under(group).totalled(),
                FormColumn.money(t.get("form.list.col.18"), 16).under(group).totalled());
    }

    static List<FormColumn> hoursColumns(FormTexts t) {
        return List.of(
                FormColumn.integer(t.get("form.list.hours.col.1"), 10),
                FormColumn.text(t.get("form.list.hours.col.2"), 16),
                FormColumn.text(t.get("form.list.hours.col.3"), 14),
                FormColumn.month(t.get("form.list.hours.col.4"), 12),
                FormColumn.integer(t.get("form.list.hours.col.5"), 12),
                FormColumn.decimal2(t.get("form.list.hours.col.6"), 12));
    }

    @Override
    protected String prefix() {
        return "reimbursement-list";
    }

    @Override
    protected String sheetName(FormTexts texts) {
        return texts.get("form.list.sheet");
    }

    @Override
    protected void heading(FormSpreadsheet form, FormTexts t, MioName mio) {
        form.annex(t.get("form.annex", 1), t.get("form.form"))
                .title(t.get("form.list.title"))
                .headerLines(t.get("form.list.division", mio.name() + " (" + mio.bin() + ")"),
                        t.get("form.list.month", t.month(cycle)))
                .columns(columns(t))
                .companion(t.get("form.list.hours.sheet"), List.of(t.get("form.list.hours.title")), hoursColumns(t));
    }

    @Override
    protected void rows(MioName mio, Rows rows) {
        long[] n = {0};
        jdbc.query("""
                select oblast, region, person_iin, person_name, supplier_id, supplier_name, assistant_iin, assistant_name,
                  order_number, decision_number, act_number, act_received, service_month, guaranteed, to_supplier, opv, osms,
                  service_days, hours
                from reimbursement_record where cycle_month = ? and mio_bin = ? and %s order by record_id
                """.formatted(ReimbursementRecord.idsOf(cycle)), rs -> {
            // Text as the database's UTF-8 bytes (Utf8Text); columns by position, as selected.
            Utf8Text actNumber = Utf8Text.column(rs, 11);
            Utf8Text assistantIin = Utf8Text.column(rs, 7);
            YearMonth actMonth = YearMonth.parse(rs.getString(13));
            rows.row(++n[0], Utf8Text.column(rs, 1), Utf8Text.column(rs, 2), Utf8Text.column(rs, 3),
                    Utf8Text.column(rs, 4), Utf8Text.column(rs, 5), Utf8Text.column(rs, 6), assistantIin,
                    Utf8Text.column(rs, 8), Utf8Text.column(rs, 9), Utf8Text.column(rs, 10), actNumber,
                    rs.getObject(12, LocalDate.class), actMonth,
                    rs.getBigDecimal(14), rs.getBigDecimal(15), rs.getBigDecimal(16), rs.getBigDecimal(17));
            rows.companionRow(n[0], actNumber, assistantIin, actMonth, rs.getInt(18), rs.getBigDecimal(19));
        }, cycle.toString(), mio.bin());
    }

    @Override
    protected void footer(FormSpreadsheet form, FormTexts t, MioName mio) {
        form.totals(t.get("form.total")).textLine(t.get("form.list.footnote"));
    }
}
