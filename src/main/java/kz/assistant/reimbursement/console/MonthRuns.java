package kz.assistant.reimbursement.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import kz.assistant.reimbursement.system.HomeFolder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads Spring Batch's job repository by cycle month: the runs and steps the console shows. */
@Repository
@ConditionalOnWebApplication
class MonthRuns {

    /** One execution of a job for a month, with the parameters an officer cares about. */
    record Run(String job, long executionId, String status, LocalDateTime started, LocalDateTime ended,
               String startedBy, String businessDate) {
    }

    record Step(String name, String status, long read, long written, long filtered, long skipped,
                LocalDateTime started, LocalDateTime ended) {
    }

    private final JdbcTemplate jdbc;
    private final HomeFolder home;

    MonthRuns(JdbcTemplate jdbc, HomeFolder home) {
        this.jdbc = jdbc;
        this.home = home;
    }

    /** Every execution of every job of the month, oldest first. */
    List<Run> runs(YearMonth month) {
        return jdbc.query("""
                select i.job_name, e.job_execution_id, e.status, e.start_time, e.end_time,
                       (select p.parameter_value from batch_job_execution_params p
                         where p.job_execution_id = e.job_execution_id and p.parameter_name = 'startedBy'),
                       (select p.parameter_value from batch_job_execution_params p
                         where p.job_execution_id = e.job_execution_id and p.parameter_name = 'date')
                  from batch_job_execution e
                  join batch_job_instance i on i.job_instance_id = e.job_instance_id
                 where e.job_execution_id in (select m.job_execution_id from batch_job_execution_params m
                                               where m.parameter_name = 'month' and m.parameter_value = ?)
                 order by e.job_execution_id""",
                (rs, i) -> new Run(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class), rs.getString(6), rs.getString(7)),
                month.toString());
    }

    List<Step> steps(long executionId) {
        return jdbc.query("""
                select step_name, status, read_count, write_count, filter_count,
                       read_skip_count + process_skip_count + write_skip_count, start_time, end_time
                  from batch_step_execution where job_execution_id = ? order by step_execution_id""",
                (rs, i) -> new Step(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                        rs.getObject(7, LocalDateTime.class), rs.getObject(8, LocalDateTime.class)),
                executionId);
    }

    /** The months that ran a job or have an inbox or outbox folder, newest first. */
    List<YearMonth> months() {
        TreeSet<YearMonth> months = new TreeSet<>();
        jdbc.queryForList("select distinct parameter_value from batch_job_execution_params where parameter_name = 'month'", String.class)
                .forEach(value -> parse(value, months));
        for (String box : List.of("inbox", "outbox")) {
            Path dir = home.root().resolve(box);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> folders = Files.list(dir)) {
                    folders.filter(Files::isDirectory).forEach(f -> parse(f.getFileName().toString(), months));
                } catch (java.io.IOException e) {
                    // an unreadable folder shows no months; the runs above still do
                }
            }
        }
        return List.copyOf(months.descendingSet());
    }

    private static void parse(String value, TreeSet<YearMonth> months) {
        try {
            months.add(YearMonth.parse(value));
        } catch (RuntimeException e) {
            // not a cycle month: ignored
        }
    }
}
