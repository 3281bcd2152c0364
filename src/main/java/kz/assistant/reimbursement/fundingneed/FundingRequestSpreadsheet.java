package kz.assistant.reimbursement.fundingneed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

import kz.assistant.reimbursement.reference.MioNames.MioName;
import kz.assistant.reimbursement.reference.PerMioSpreadsheet;
import kz.assistant.reimbursement.spreadsheet.FormColumn;
import kz.assistant.reimbursement.spreadsheet.FormSpreadsheet;
import kz.assistant.reimbursement.spreadsheet.FormTexts;

/**
 * {@code funding-request_<mio_bin>.xlsx} (п.14): the request to one MIO for the need of the cycle,
 * by service month, with its date and the date the money is due. No appendix prescribes it (Appendix
 * 2 is the information sent to the CBD, {@code cbd-records.csv}); it is laid out as the appendices are.
 */
public class FundingRequestSpreadsheet extends PerMioSpreadsheet {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private record Request(LocalDate formedOn, LocalDate dueBy, BigDecimal amount) {
    }

    public FundingRequestSpreadsheet(Context context) {
        super(context);
    }

    static List<FormColumn> columns(FormTexts t) {
        return List.of(
                FormColumn.integer(t.get("form.request.col.1"), 5),
                FormColumn.month(t.get("form.request.col.2"), 16),
                FormColumn.integer(t.get("form.request.col.3"), 12).totalled(),
                FormColumn.money(t.get("form.request.col.4"), 18).totalled(),
                FormColumn.money(t.get("form.request.col.5"), 20).totalled(),
                FormColumn.money(t.get("form.request.col.6"), 20));
    }

    private Request request(MioName mio) {
        return jdbc.queryForObject("select formed_on, due_by, amount from funding_request where cycle_month = ? and mio_bin = ?",
                (rs, i) -> new Request(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3)),
                cycle.toString(), mio.bin());
    }

    @Override
    protected String prefix() {
        return "funding-request";
    }

    @Override
    protected String sheetName(FormTexts texts) {
        return texts.get("form.request.sheet");
    }

    @Override
    protected void heading(FormSpreadsheet form, FormTexts t, MioName mio) {
        Request request = request(mio);
        form.title(t.get("form.request.title"))
                .headerLines(t.get("form.request.to", mio.name(), mio.bin()), t.get("form.request.from"),
                        t.get("form.payment-month", t.month(cycle)),
                        t.get("form.request.formed", DATE.format(request.formedOn())),
                        t.get("form.request.due", DATE.format(request.dueBy())))
                .columns(columns(t));
    }

    @Override
    protected void rows(MioName mio, Rows rows) {
        long[] n = {0};
        jdbc.query("""
                select service_month, records, guaranteed, to_supplier from funding_need
                where cycle_month = ? and mio_bin = ? order by service_month
                """, rs -> {
            BigDecimal g = rs.getBigDecimal("guaranteed");
            BigDecimal toSupplier = rs.getBigDecimal("to_supplier");
            rows.row(++n[0], YearMonth.parse(rs.getString("service_month")), rs.getLong("records"), g, g.subtract(toSupplier),
                    toSupplier);
        }, cycle.toString(), mio.bin());
    }

    @Override
    protected void footer(FormSpreadsheet form, FormTexts t, MioName mio) {
        Request request = request(mio);
        BigDecimal amount = request.amount();
        // The request's amount, not the column's sum: the request is what the MIO is asked to transfer.
        java.util.Map<Integer, Number> totals = new java.util.HashMap<>();
        totals.put(2, form.total(2));
        totals.put(3, form.total(3));
        totals.put(4, form.total(4));
        totals.put(5, amount);
        form.totals(t.get("form.total"), totals)
                .textLine(t.get("form.request.amount", FormTexts.figures(amount), t.words(amount)))
                .textLine(t.get("form.request.ask", DATE.format(request.dueBy())))
                .signatures(t.get("form.signature.head"), t.get("form.signature.executor"), t.get("form.request.accepted"));
    }
}
