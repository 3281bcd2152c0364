package kz.assistant.reimbursement.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import kz.assistant.reimbursement.ReimbursementApplication;
import kz.assistant.reimbursement.acts.ActColumns;
import kz.assistant.reimbursement.system.HomeFolder;
import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The parts of {@code scripts/bench} that need the database, on the same home and PostgreSQL as the
 * jobs:
 * <pre>
 * copy-floor FILE           COPY the acts file into a plain table (and, for reference, an unlogged one)
 * transfers --month M       write inbox/M/mio-transfers.csv paying every MIO's request in full
 * </pre>
 */
public final class BenchmarkTool {

    private BenchmarkTool() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ReimbursementApplication.class).run();
        int code = 0;
        try {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            switch (args[0]) {
                case "copy-floor" -> copyFloor(context.getBean(DataSource.class), jdbc, Path.of(args[1]));
                case "transfers" -> transfers(jdbc, context.getBean(HomeFolder.class), YearMonth.parse(args[2]));
                default -> {
                    System.err.println("usage: copy-floor FILE | transfers --month YYYY-MM");
                    code = 2;
                }
            }
        } finally {
            SpringApplication.exit(context);
        }
        System.exit(code);
    }

    /**
     * The floor is a COPY "into a plain table": an ordinary, logged table without an index,
     * as durable as the job's own tables (the rows are written to the WAL too). The same COPY into an
     * unlogged table, which skips the WAL and so is not crash-safe, is printed beside it for
     * reference (the first and second rounds' floor, docs/performance.md).
     */
    private static void copyFloor(DataSource dataSource, JdbcTemplate jdbc, Path file) throws Exception {
        for (String kind : List.of("plain", "unlogged")) {
            jdbc.execute("drop table if exists bench_copy_floor");
            jdbc.execute("create " + (kind.equals("plain") ? "" : "unlogged ") + "table bench_copy_floor ("
                    + String.join(" text, ", ActColumns.ALL) + " text)");
            // The checkpoint of the first table's pages must not land in the second one's time.
            jdbc.execute("checkpoint");
            long started = System.nanoTime();
            try (Connection connection = dataSource.getConnection(); Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                long rows = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "copy bench_copy_floor from stdin (format csv, delimiter ';', header true)", reader);
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("copy-floor %s: %d rows in %.2f s%n", kind, rows, seconds);
            } finally {
                jdbc.execute("drop table if exists bench_copy_floor");
            }
        }
    }

    private static void transfers(JdbcTemplate jdbc, HomeFolder home, YearMonth month) throws IOException {
        List<Map<String, Object>> requests = jdbc.queryForList(
                "select mio_bin, amount from funding_request where cycle_month = ? order by mio_bin", month.toString());
        StringBuilder csv = new StringBuilder("mio_bin;payment_order_number;payment_order_date;amount\n");
        int n = 0;
        for (Map<String, Object> r : requests) {
            csv.append(r.get("mio_bin")).append(";BENCH-").append(month).append('-').append(++n).append(';')
                    .append(month.atDay(16)).append(';').append(r.get("amount")).append('\n');
        }
        Path inbox = Files.createDirectories(home.inbox(month));
        Files.writeString(inbox.resolve("mio-transfers.csv"), csv);
        System.out.printf("transfers: %d MIO payment orders written to %s%n", requests.size(), inbox.resolve("mio-transfers.csv"));
    }
}
