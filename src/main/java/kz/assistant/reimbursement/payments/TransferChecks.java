package kz.assistant.reimbursement.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * п.15: an MIO transfers "within the sums of the request", "within two working days after the request
 * arrived". Checks the transfers of one file, in line order, against the MIOs' requests and what they
 * transferred before: a transfer with no open request, above what is still requested, or received
 * after the due day of the request it answers is an exception. The transfer is taken all the same —
 * the money is on the account and counts in the MIO's balance — and the exception says why it is not
 * as the order wants it.
 */
final class TransferChecks {

    /** One transfer to check: its id in mio_transfer, MIO, amount and the day the money arrived. */
    record Transfer(long id, String mioBin, BigDecimal amount, LocalDate receivedOn) {
    }

    /** A reason a transfer is not as п.15 wants it. */
    record Exception(long transferId, String code, String reason) {
    }

    private record Request(String cycleMonth, LocalDate dueBy) {
    }

    private final JdbcTemplate jdbc;

    TransferChecks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The exceptions of {@code transfers}, which are already in mio_transfer (so "before" excludes them by id). */
    List<Exception> check(List<Transfer> transfers) {
        List<Exception> exceptions = new ArrayList<>();
        if (transfers.isEmpty()) {
            return exceptions;
        }
        long firstId = transfers.stream().mapToLong(Transfer::id).min().orElseThrow();
        Map<String, BigDecimal> stillRequested = new HashMap<>();
        jdbc.query("""
                select m.mio_bin,
                  coalesce((select sum(r.amount) from funding_request r where r.mio_bin = m.mio_bin), 0)
                  - coalesce((select sum(t.amount) from mio_transfer t where t.mio_bin = m.mio_bin and t.id < ?), 0)
                from mio m
                """, rs -> {
            stillRequested.put(rs.getString(1), rs.getBigDecimal(2));
        }, firstId);
        for (Transfer transfer : transfers) {
            BigDecimal open = stillRequested.getOrDefault(transfer.mioBin(), BigDecimal.ZERO);
            List<Request> requests = jdbc.query("""
                    select cycle_month, due_by from funding_request where mio_bin = ? and formed_on <= ?
                    order by formed_on desc, cycle_month desc limit 1
                    """, (rs, i) -> new Request(rs.getString(1), rs.getObject(2, LocalDate.class)),
                    transfer.mioBin(), transfer.receivedOn());
            if (open.signum() <= 0) {
                exceptions.add(new Exception(transfer.id(), "NO_OPEN_REQUEST", requests.isEmpty()
                        ? "МИО перечислил " + plain(transfer.amount()) + " тенге без заявки о сумме потребности"
                        : "МИО перечислил " + plain(transfer.amount()) + " тенге, хотя его заявки уже профинансированы полностью"));
            } else if (transfer.amount().compareTo(open) > 0) {
                exceptions.add(new Exception(transfer.id(), "EXCEEDS_REQUEST", "Перечислено " + plain(transfer.amount())
                        + " тенге, по заявкам остаётся " + plain(open) + " тенге: сверх заявки " + plain(transfer.amount().subtract(open))
                        + " тенге (п.15: в пределах сумм заявки)"));
            }
            if (open.signum() > 0 && !requests.isEmpty() && transfer.receivedOn().isAfter(requests.get(0).dueBy())) {
                exceptions.add(new Exception(transfer.id(), "LATE", "Деньги поступили " + transfer.receivedOn()
                        + ", срок по заявке за " + requests.get(0).cycleMonth() + " — " + requests.get(0).dueBy()
                        + " (п.15: два рабочих дня после поступления заявки)"));
            }
            stillRequested.put(transfer.mioBin(), open.subtract(transfer.amount()));
        }
        return exceptions;
    }

    void save(List<Exception> exceptions) {
        jdbc.batchUpdate("insert into transfer_exception (mio_transfer_id, reason_code, reason) values (?, ?, ?)",
                exceptions.stream().map(e -> new Object[] {e.transferId(), e.code(), e.reason()}).toList());
    }

    private static String plain(BigDecimal amount) {
        return amount.toPlainString();
    }
}
