package kz.assistant.reimbursement.records;

import java.time.YearMonth;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where other cycles' records of a cycle's service months can be, for the look-ups that need them (an
 * order and month claimed before, the OPV/OSMS caps, the SO of late acts).
 *
 * <p>The intake takes only acts of a month before their cycle, so a record of service month S is in a
 * cycle after S. Two bounds follow:
 * <ul>
 *   <li>such records start at {@link ReimbursementRecord#firstIdOfServiceMonth} of the cycle's earliest
 *   service month, so the look-ups read the partitions of the cycles after it, not every cycle's;</li>
 *   <li>while no later cycle has records, only a late act (service month before M − 1) can have any:
 *   records of M − 1 would have to be in a cycle after M − 1 and before M. The look-ups then take the
 *   late acts only, a few per cent of a month, instead of joining every act to those partitions (a
 *   join that reads every record of those cycles, in each calculation range).</li>
 * </ul>
 * A cycle run again after a later one (a restart, a recalculation) looks up every act.
 *
 * @param firstRecordId       the first record id the look-ups need to read
 * @param serviceMonthsBefore the look-ups need only the acts of service months before this one
 *                            ("9999-12" when a later cycle has records)
 */
public record EarlierRecordsScope(long firstRecordId, String serviceMonthsBefore) {

    private static final String EVERY_MONTH = "9999-12";

    public static EarlierRecordsScope of(JdbcTemplate jdbc, YearMonth cycle) {
        String c = cycle.toString();
        String earliest = jdbc.queryForObject("select min(service_month) from act_intake where cycle_month = ?", String.class, c);
        long firstId = ReimbursementRecord.firstIdOfServiceMonth(earliest == null ? cycle : YearMonth.parse(earliest));
        return new EarlierRecordsScope(firstId, serviceMonthsBefore(jdbc, cycle));
    }

    /** The service months before which a cycle's acts (or groups) need a look-up in other cycles. */
    public static String serviceMonthsBefore(JdbcTemplate jdbc, YearMonth cycle) {
        return laterCycleExists(jdbc, cycle) ? EVERY_MONTH : cycle.minusMonths(1).toString();
    }

    /** Whether a cycle after this one has records or social contributions already. */
    private static boolean laterCycleExists(JdbcTemplate jdbc, YearMonth cycle) {
        String c = cycle.toString();
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from reimbursement_record where cycle_month > ?)
                  or exists (select 1 from social_contribution where cycle_month > ?)
                """, Boolean.class, c, c));
    }
}
