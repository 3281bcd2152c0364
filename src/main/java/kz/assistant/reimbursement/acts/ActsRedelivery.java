package kz.assistant.reimbursement.acts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.assistant.reimbursement.inbox.CsvInputFile;
import kz.assistant.reimbursement.inbox.CsvRecord;
import kz.assistant.reimbursement.inbox.InputValues;
import kz.assistant.reimbursement.system.HomeFolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A psu-acts.csv delivered again for a month whose list is complete, with other content (п.25: what
 * was formed does not change). The month stays refused; this says what differs: the day the processed
 * file was taken, both files' SHA-256, and how many acts differ, compared line by line with what the
 * processed file left in the database (the records of its accepted acts, the rejected acts as they
 * came). Values are compared as the intake reads them (dates, hours, IBAN spacing), so the same acts
 * in another encoding or delimiter differ in none.
 */
@Component
public class ActsRedelivery {

    /** What differs between the delivered file and the one processed. */
    public record Difference(String processedSha256, String deliveredSha256, LocalDate processedOn, long actsDiffering) {
    }

    private static final String FILE = "psu-acts.csv";
    private static final List<String> COLUMNS = new ArrayList<>(ActColumns.ALL);

    static {
        COLUMNS.add(ActColumns.SERVICE_COST);
    }

    private final JdbcTemplate jdbc;
    private final HomeFolder home;

    public ActsRedelivery(JdbcTemplate jdbc, HomeFolder home) {
        this.jdbc = jdbc;
        this.home = home;
    }

    /** The difference, when the inbox holds a psu-acts.csv other than the one the month's list was made from. */
    public Optional<Difference> of(YearMonth cycle) {
        Path file = home.inbox(cycle).resolve(FILE);
        List<Difference> processed = jdbc.query("""
                select sha256, (updated_at at time zone 'Asia/Almaty')::date from act_file where cycle_month = ?
                """, (rs, i) -> new Difference(rs.getString(1), null, rs.getObject(2, LocalDate.class), 0), cycle.toString());
        if (processed.isEmpty() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (CsvInputFile csv = CsvInputFile.open(file, ActColumns.ALL)) {
            if (csv.sha256().equals(processed.get(0).processedSha256())) {
                return Optional.empty();
            }
            return Optional.of(new Difference(processed.get(0).processedSha256(), csv.sha256(), processed.get(0).processedOn(),
                    countDiffering(cycle, csv)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException unreadable) {
            // A file that cannot even be read differs in every act; the refusal stands either way.
            return Optional.of(new Difference(processed.get(0).processedSha256(), "?", processed.get(0).processedOn(), -1));
        }
    }

    /** Walks the processed lines (by line number) beside the delivered file's lines: one pass, little memory. */
    private long countDiffering(YearMonth cycle, CsvInputFile csv) {
        long[] differing = {0};
        CsvRecord[] next = {csv.next()};
        String columns = String.join(", ", ActColumns.ALL.stream().map(c -> "x." + c + "::text").toList());
        jdbc.query("""
                select x.line, %1$s, x.service_cost::text from (
                  select line, act_number, act_received::text as act_received, service_month, order_number, decision_number,
                    oblast, region, mio_bin, person_iin, person_name, supplier_id, supplier_name, assistant_iin, assistant_name,
                    service_days::text as service_days, hours::text as hours, supplier_iban, supplier_bic, service_cost::text as service_cost
                  from reimbursement_record where cycle_month = ?
                  union all
                  select line, act_number, act_received, service_month, order_number, decision_number, oblast, region, mio_bin,
                    person_iin, person_name, supplier_id, supplier_name, assistant_iin, assistant_name, service_days, hours,
                    supplier_iban, supplier_bic, service_cost
                  from rejected_act where cycle_month = ?
                ) x order by x.line
                """.formatted(columns), rs -> {
            long line = rs.getLong(1);
            List<String> processed = new ArrayList<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                processed.add(rs.getString(i + 2));
            }
            while (next[0] != null && next[0].line() < line) {
                differing[0]++;          // a line the processed file did not have
                next[0] = csv.next();
            }
            if (next[0] == null || next[0].line() > line || !same(processed, next[0])) {
                differing[0]++;          // changed, or gone from the delivered file
            }
            if (next[0] != null && next[0].line() == line) {
                next[0] = csv.next();
            }
        }, cycle.toString(), cycle.toString());
        for (; next[0] != null; next[0] = csv.next()) {
            differing[0]++;
        }
        return differing[0];
    }

    private static boolean same(List<String> processed, CsvRecord delivered) {
        for (int i = 0; i < COLUMNS.size(); i++) {
            String column = COLUMNS.get(i);
            if (!canonical(column, processed.get(i)).equals(canonical(column, delivered.get(column)))) {
                return false;
            }
        }
        return true;
    }

    private static String canonical(String column, String value) {
        String v = value == null ? "" : value.strip();
        return switch (column) {
            case "act_received" -> InputValues.date(v).map(LocalDate::toString).orElse(v);
            case "hours", "service_cost" -> InputValues.decimal(v).map(d -> d.stripTrailingZeros().toPlainString()).orElse(v);
            case "supplier_iban" -> v.replace(" ", "").toUpperCase();
            case "supplier_bic" -> v.toUpperCase();
            default -> v;
        };
    }

}
