package kz.assistant.reimbursement.bankservice;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import kz.assistant.reimbursement.reference.PerMioSpreadsheet;
import kz.assistant.reimbursement.reference.MioNames;
import kz.assistant.reimbursement.money.AmountInWords;
import kz.assistant.reimbursement.records.ReimbursementRecord;
import kz.assistant.reimbursement.spreadsheet.FormColumn;
import kz.assistant.reimbursement.spreadsheet.FormSpreadsheet;
import kz.assistant.reimbursement.system.HomeFolder;
import kz.assistant.reimbursement.system.MonthNames;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * bank-service-report_<mio_bin>.xlsx (п.23, Appendix 4): per authorized organization, the transfers
 * of cycle M's records, the returns and what stayed paid. Counted by payment, not by record: a record
 * returned by one bank and paid again through another counts as transferred and returned in the first
 * and as transferred and paid in the second, so each record finally paid counts once in "paid", in the
 * bank that holds the money (docs/decisions.md).
 */
public class BankServiceReportSpreadsheet extends PerMioSpreadsheet {

    /** The MIOs that get this file: a condition on {@code mio m}, every {@code ?} the cycle month. */
    public static String mios(YearMonth cycle) {
        return "exists (select 1 from payment p join reimbursement_record r on r.record_id = p.record_id where "
                + paymentOfCycle(cycle) + " and r.mio_bin = m.mio_bin)";
    }

    /**
     * "Payment p of a record r of cycle M", with one {@code ?}, the cycle month. The payment table holds
     * every cycle's payments and has no index on the cycle: read by the range of the cycle's record ids
     * (its index payment_attempt_once leads with the record id), the report stays as fast in the fifth
     * year as in the first, where reading all payments would grow with every month.
     */
    static String paymentOfCycle(YearMonth cycle) {
        return "r.cycle_month = ? and " + ReimbursementRecord.idsOf(cycle, "r.record_id") + " and "
                + ReimbursementRecord.idsOf(cycle, "p.record_id");
    }

    static final List<FormColumn> COLUMNS = List.of(
            FormColumn.integer("№ п/п", 6),
            FormColumn.text("Наименование уполномоченной организации", 34),
            FormColumn.text("БИК", 13),
            FormColumn.integer("Перечислено: количество получателей", 13),
            FormColumn.money("Перечислено: сумма, тенге", 16),
            FormColumn.integer("Возвращено: количество получателей", 13),
            FormColumn.money("Возвращено: сумма, тенге", 16),
            FormColumn.integer("Выплачено: количество получателей", 13),
            FormColumn.money("Выплачено: сумма, тенге", 16));

    public BankServiceReportSpreadsheet(YearMonth cycle, HomeFolder home, JdbcTemplate jdbc) {
        super(cycle, home, jdbc);
    }

    /** Writes the MIO's file, whole or not at all. */
    public void write(MioNames.MioName mio) throws Exception {
        String bin = mio.bin();
        String mioName = mio.name();
        Path target = target("bank-service-report", mio);
        long[] counts = new long[3];
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        try (FormSpreadsheet form = FormSpreadsheet.create(target, "Услуги банков")) {
            form.title("Отчёт о суммах, перечисленных получателям через уполномоченные организации,",
                            "для оплаты услуг уполномоченных организаций", "Приложение 4 к Алгоритму взаимодействия")
                    .headerLines("МИО: " + mioName + " (БИН " + bin + ")",
                            "Месяц на выплату: " + MonthNames.nominative(cycle))
                    .columns(COLUMNS);
            long[] n = {0};
            jdbc.query("""
                    select p.bic, coalesce(o.name, p.bic) as name,
                      count(*) as transferred, sum(p.amount) as transferred_sum,
                      count(*) filter (where p.state = 'RETURNED') as returned,
                      coalesce(sum(p.amount) filter (where p.state = 'RETURNED'), 0) as returned_sum
                    from payment p join reimbursement_record r on r.record_id = p.record_id
                      left join authorized_organization o on o.bic = p.bic
                    where %s and r.mio_bin = ?
                    group by p.bic, o.name order by p.bic
                    """.formatted(paymentOfCycle(cycle)), rs -> {
                long transferred = rs.getLong("transferred");
                long returned = rs.getLong("returned");
                BigDecimal transferredSum = rs.getBigDecimal("transferred_sum");
                BigDecimal returnedSum = rs.getBigDecimal("returned_sum");
                long paid = transferred - returned;
                BigDecimal paidSum = transferredSum.subtract(returnedSum);
                form.row(++n[0], rs.getString("name"), rs.getString("bic"), transferred, transferredSum, returned, returnedSum,
                        paid, paidSum);
                counts[0] += transferred;
                counts[1] += returned;
                counts[2] += paid;
                sums[0] = sums[0].add(transferredSum);
                sums[1] = sums[1].add(returnedSum);
                sums[2] = sums[2].add(paidSum);
            }, cycle.toString(), bin);
            form.totals("ИТОГО", Map.of(3, counts[0], 4, sums[0], 5, counts[1], 6, sums[1], 7, counts[2], 8, sums[2]))
                    .textLine("Выплачено получателям прописью: " + AmountInWords.of(sums[2]))
                    .signatures("Руководитель ____________________ (Ф.И.О.)",
                            "Главный бухгалтер ____________________ (Ф.И.О.)");
            form.finish();
        }
    }
}
