package kz.assistant.reimbursement.deadlines;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.assistant.reimbursement.reference.WorkingDays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * п.26: every deadline of cycle month M by its point of the order, per MIO — its day on the Kazakh
 * working-day calendar, the business day it was done (from the database) and where it stands as of a
 * business date (docs/decisions.md, "The deadline ledger"). Read by {@code scripts/reimbursement
 * deadlines}, {@code status} (late and overdue lines) and the web console.
 */
@Service
public class DeadlineLedger {

    private final DeadlineRepository repository;
    private final JdbcTemplate jdbc;

    DeadlineLedger(DeadlineRepository repository, JdbcTemplate jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    /** Every MIO's deadlines of cycle {@code month} as of {@code asOf}, in the order of the points. */
    public List<Deadline> of(YearMonth month, LocalDate asOf) {
        return of(month, asOf, Optional.empty());
    }

    /** The same for one MIO ({@code mioBin}), or every MIO. */
    public List<Deadline> of(YearMonth month, LocalDate asOf, Optional<String> mioBin) {
        WorkingDays calendar = WorkingDays.load(jdbc);
        Optional<LocalDate> listDone = repository.completedOn("reimbursement-list", month);
        Optional<LocalDate> needDone = repository.completedOn("funding-need", month);
        Optional<LocalDate> refundsDone = repository.completedOn("return-refunds", month);
        Optional<LocalDate> actDone = repository.completedOn("reconciliation-act", month);
        Optional<LocalDate> bankServiceDone = repository.completedOn("bank-service-report", month);
        Map<String, DeadlineRepository.Request> requests = repository.requests(month);
        Map<String, LocalDate> signed = repository.signedActs(month);
        Map<String, DeadlineRepository.Payments> paid = repository.payments(month);
        YearMonth next = month.plusMonths(1);

        List<Deadline> ledger = new ArrayList<>();
        for (Map.Entry<String, String> mio : repository.mios().entrySet()) {
            String bin = mio.getKey();
            if (mioBin.isPresent() && !mioBin.get().equals(bin)) {
                continue;
            }
            Lines lines = new Lines(bin, mio.getValue(), asOf, ledger);
            LocalDate needDue = calendar.onOrAfter(month.atDay(15));
            lines.add(DeadlinePoint.P6_LIST, "", calendar.onOrAfter(month.atDay(14)), listDone.orElse(null));
            lines.add(DeadlinePoint.P12_NEED, "", needDue, needDone.orElse(null));
            DeadlineRepository.Request request = requests.get(bin);
            if (request == null) {
                continue; // no record of the MIO in the need of M: nothing is asked of it this month
            }
            lines.add(DeadlinePoint.P14_REQUEST, request.amount().toPlainString(),
                    calendar.plusWorkingDays(needDone.orElse(needDue), 1), request.formedOn());
            LocalDate funded = fundedOn(request, repository.transfers(month, bin));
            lines.add(DeadlinePoint.P15_MIO_MONEY, request.amount().toPlainString(), request.dueBy(), funded);
            DeadlineRepository.Payments payments = paid.getOrDefault(bin, new DeadlineRepository.Payments(0, null));
            lines.add(DeadlinePoint.P16_PAYMENT, "", funded == null ? null : calendar.plusWorkingDays(funded, 2),
                    funded != null && payments.unpaid() == 0 ? payments.lastPaid() : null);
            for (DeadlineRepository.Return r : repository.returns(month, bin)) {
                LocalDate reportDue = calendar.plusWorkingDays(r.returnedOn(), 1);
                lines.add(DeadlinePoint.P17_RETURN_REPORTED, r.paymentReference(), reportDue, r.takenOn());
                lines.add(DeadlinePoint.P18_SUPPLIER_TOLD, r.paymentReference(),
                        calendar.plusWorkingDays(r.takenOn() == null ? reportDue : r.takenOn(), 1), r.takenOn());
                if (r.detailsOn() != null) {
                    LocalDate from = r.takenOn() != null && r.takenOn().isAfter(r.detailsOn()) ? r.takenOn() : r.detailsOn();
                    lines.add(DeadlinePoint.P19_NEW_DETAILS, r.paymentReference(), calendar.plusWorkingDays(from, 1), r.repaidOn());
                }
            }
            lines.add(DeadlinePoint.P20_REFUND, "", calendar.lastWorkingDayOf(next), refundsDone.orElse(null));
            lines.add(DeadlinePoint.P21_ACT, "", calendar.onOrAfter(next.atDay(25)), actDone.orElse(null));
            lines.add(DeadlinePoint.P22_SIGNED_ACT, "", calendar.onOrAfter(next.plusMonths(1).atDay(10)), signed.get(bin));
            lines.add(DeadlinePoint.P23_BANK_SERVICE, "", calendar.lastWorkingDayOf(next), bankServiceDone.orElse(null));
        }
        return ledger;
    }

    /** The day the MIO's transfers reached the sum of its request (п.15), or null while they fall short. */
    static LocalDate fundedOn(DeadlineRepository.Request request, List<DeadlineRepository.Transfer> transfers) {
        BigDecimal sum = BigDecimal.ZERO;
        for (DeadlineRepository.Transfer t : transfers) {
            sum = sum.add(t.amount());
            if (sum.compareTo(request.amount()) >= 0) {
                return t.date();
            }
        }
        return null;
    }

    private record Lines(String mioBin, String mioName, LocalDate asOf, List<Deadline> ledger) {
        void add(DeadlinePoint point, String subject, LocalDate due, LocalDate done) {
            ledger.add(new Deadline(mioBin, mioName, point, subject, due, done, DeadlineStatus.of(due, done, asOf)));
        }
    }
}
