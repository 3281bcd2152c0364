package kz.assistant.reimbursement.acts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import kz.assistant.reimbursement.files.CsvOutputFile;
import kz.assistant.reimbursement.system.HomeFolder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code outbox/<M>/rejected-acts.csv}: the acts not accepted, with the input's columns, then line,
 * reason code and reason (docs/file-contract.md). Rebuilt from rejected_act on every call, so a rerun
 * gives the same file. Written by act-verdict when it refuses the file over the threshold (the officer
 * needs to see why) and by cbd-files with the month's other files.
 */
public class RejectedActsFile {

    static final String FILE = "rejected-acts.csv";

    private final HomeFolder home;
    private final JdbcTemplate jdbc;

    /** @param jdbc a streaming template ({@code StreamingJdbc.of}): a refused file may have a million rows */
    public RejectedActsFile(HomeFolder home, JdbcTemplate jdbc) {
        this.home = home;
        this.jdbc = jdbc;
    }

    public void write(YearMonth cycle) {
        List<String> header = new ArrayList<>(ActColumns.ALL);
        header.addAll(List.of(ActColumns.SERVICE_COST, "line", "reason_code", "reason"));
        try {
            CsvOutputFile.writeForPeople(home.outbox(cycle).resolve(FILE), header, rows -> jdbc.query(
                    ActIntakeRepository.REJECTED_ACTS_IN_LINE_ORDER,
                    rs -> {
                        Object[] values = new Object[header.size()];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = rs.getObject(i + 1);
                        }
                        rows.row(values);
                    }, cycle.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + FILE + " for " + cycle, e);
        }
    }
}
