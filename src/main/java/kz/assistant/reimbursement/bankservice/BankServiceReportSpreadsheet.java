package kz.assistant.reimbursement.bankservice;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import kz.assistant.reimbursement.records.ReimbursementRecord;
import kz.assistant.reimbursement.reference.MioNames.MioName;
import kz.assistant.reimbursement.reference.PerMioSpreadsheet;
import kz.assistant.reimbursement.spreadsheet.FormColumn;
import kz.assistant.reimbursement.spreadsheet.FormSpreadsheet;
import kz.assistant.reimbursement.spreadsheet.FormTexts;

/**
 * bank-service-report_<mio_bin>.xlsx (п.23, Appendix 4): per authorized organization, the transfers
 * of cycle M's records, the returns and what stayed paid, each as the number of recipients and the
 * sum. A recipient is a supplier's account (IBAN): the number of recipients transferred to is the
 * number of distinct accounts the bank received payments for, returned the distinct accounts with a
 * returned payment, paid the distinct accounts with a payment not returned. Sums are by payment: a
 * record returned by one bank and paid again through another counts as transferred and returned in
 * the first and as transferred and paid in the second (docs/decisions.md).
 */
public class BankServiceReportSpreadsheet extends PerMioSpreadsheet {

    public BankServiceReportSpreadsheet(Context context) {
        super(context);
    }

    /** The MIOs that get this file: a condition on {@code mio m}, every {@code ?} the cycle month. */
    public static String mios(YearMonth cycle) {
        return "exists (select 1 from payment p join reimbursement_record r on r.record_id = p.record_id where "
                + paymentOfCycle(cycle) + " and r.mio_bin = m.mio_bin)";
    }

    /**
     * "Payment p of a record r of cycle M", with one {@code ?}, the cycle month. The payment table holds
     * every cycle's payments and has no index on the cycle: read by the range of the cycle's record ids
     * (its index payment_attempt_once leads with the record id), the report does not grow slower with
     * the years of history.
     */
    static String paymentOfCycle(YearMonth cycle) {
        return "r.cycle_month = ? and " + ReimbursementRecord.idsOf(cycle, "r.record_id") + " and "
                + ReimbursementRecord.idsOf(cycle, "p.record_id");
    }

    static List<FormColumn> columns(FormTexts t) {
        String transferred = t.get("form.bankservice.group.transferred");
        String returned = t.get("form.bankservice.group.returned");
        String paid = t.get("form.bankservice.group.paid");
        String count = t.get("form.bankservice.count");
        String sum = t.get("form.bankservice.sum");
        return List.of(
                FormColumn.integer(t.get("form.bankservice.col.1"), 6),
                FormColumn.text(t.get("form.bankservice.col.2"), 34),
                FormColumn.integer(count, 13).under(transferred).totalled(),
                FormColumn.money(sum, 17).under(transferred).totalled(),
                FormColumn.integer(count, 13).under(returned).totalled(),
                FormColumn.money(sum, 17).under(returned).totalled(),
                FormColumn.integer(count, 13).under(paid).totalled(),
                FormColumn.money(sum, 17).under(paid).totalled());
    }

    @Override
    protected String prefix() {
        return "bank-service-report";
    }

    @Override
    protected String sheetName(FormTexts texts) {
        return texts.get("form.bankservice.sheet");
    }

    @Override
    protected void heading(FormSpreadsheet form, FormTexts t, MioName mio) {
        form.annex(t.get("form.annex", 4), t.get("form.form"))
                .title(titleAround(t, "form.bankservice.title.before", "form.bankservice.title.after",
                        mio.name()))
                .headerLines(t.get("form.signature.mio-name"), t.get("form.reporting-period", t.month(cycle)))
                .columns(columns(t));
    }

    @Override
    protected void rows(MioName mio, Rows rows) {
        long[] n = {0};
        jdbc.query("""
                select p.bic, coalesce(o.name, p.bic) as name,
                  count(distinct p.supplier_iban) as transferred, sum(p.amount) as transferred_sum,
                  count(distinct p.supplier_iban) filter (where p.state = 'RETURNED') as returned,
                  coalesce(sum(p.amount) filter (where p.state = 'RETURNED'), 0) as returned_sum,
                  count(distinct p.supplier_iban) filter (where p.state <> 'RETURNED') as paid
                from payment p join reimbursement_record r on r.record_id = p.record_id
                  left join authorized_organization o on o.bic = p.bic
                where %s and r.mio_bin = ?
                group by p.bic, o.name order by p.bic
                """.formatted(paymentOfCycle(cycle)), rs -> {
            BigDecimal transferredSum = rs.getBigDecimal("transferred_sum");
            BigDecimal returnedSum = rs.getBigDecimal("returned_sum");
            rows.row(++n[0], rs.getString("name"), rs.getLong("transferred"), transferredSum, rs.getLong("returned"),
                    returnedSum, rs.getLong("paid"), transferredSum.subtract(returnedSum));
        }, cycle.toString(), mio.bin());
    }

    @Override
    protected void footer(FormSpreadsheet form, FormTexts t, MioName mio) {
        String line = t.get("form.signature.line");
        form.totals(t.get("form.total"))
                .textLine(t.get("form.bankservice.words", t.words(form.total(7))))
                .signatures(String.join("\n", t.get("form.state-corporation"), line, t.get("form.signature.person")));
    }
}
