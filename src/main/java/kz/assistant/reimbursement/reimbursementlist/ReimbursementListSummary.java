package kz.assistant.reimbursement.reimbursementlist;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import java.util.Optional;

import kz.assistant.reimbursement.acts.ActsRedelivery;
import kz.assistant.reimbursement.cli.JobSummary;
import kz.assistant.reimbursement.system.Messages;
import kz.assistant.reimbursement.system.HomeFolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** "300 acts read: 285 accepted, 15 rejected; guaranteed … to suppliers … OPV … OSMS … SO …; per MIO …". */
@Component
class ReimbursementListSummary implements JobSummary {

    private final JdbcTemplate jdbc;
    private final HomeFolder home;
    private final ActsRedelivery redelivery;
    private final Messages messages;

    ReimbursementListSummary(JdbcTemplate jdbc, HomeFolder home, ActsRedelivery redelivery, Messages messages) {
        this.jdbc = jdbc;
        this.home = home;
        this.redelivery = redelivery;
        this.messages = messages;
    }

    /** п.25: a changed psu-acts.csv for a completed month is refused; the officer is told what differs and what to do. */
    @Override
    public Optional<CompletedNote> whenAlreadyCompleted(YearMonth month) {
        return redelivery.of(month).map(d -> new CompletedNote(
                d.actsDiffering() < 0
                        ? messages.get("acts.redelivery.unreadable", d.processedOn().toString(), month.plusMonths(1).toString())
                        : messages.get("acts.redelivery.differs", d.processedOn().toString(), d.actsDiffering(), month.plusMonths(1).toString()),
                "psu-acts.csv processed sha256 " + d.processedSha256() + ", delivered sha256 " + d.deliveredSha256()
                        + ", acts differing " + d.actsDiffering()));
    }

    @Override
    public String jobName() {
        return ReimbursementListJobConfiguration.JOB_NAME;
    }

    @Override
    public String summarize(YearMonth month) {
        String c = month.toString();
        Map<String, Object> totals = jdbc.queryForMap("""
                select count(*) as records, coalesce(sum(guaranteed), 0) as g, coalesce(sum(to_supplier), 0) as s,
                  coalesce(sum(opv), 0) as opv, coalesce(sum(osms), 0) as osms
                from reimbursement_record where cycle_month = ?
                """, c);
        Integer rejected = jdbc.queryForObject("select count(*) from rejected_act where cycle_month = ?", Integer.class, c);
        BigDecimal so = jdbc.queryForObject("select coalesce(sum(so_due), 0) from social_contribution where cycle_month = ?", BigDecimal.class, c);
        StringBuilder perMio = new StringBuilder();
        jdbc.query("select mio_bin, count(*), sum(guaranteed) from reimbursement_record where cycle_month = ? group by mio_bin order by mio_bin",
                rs -> {
                    perMio.append(perMio.isEmpty() ? "" : ", ").append(rs.getString(1)).append(": ")
                            .append(rs.getLong(2)).append(" acts ").append(rs.getBigDecimal(3).toPlainString());
                }, c);
        long records = ((Number) totals.get("records")).longValue();
        return String.format("%d acts read, %d accepted, %d rejected; guaranteed %s, to suppliers %s, OPV %s, OSMS %s, SO %s; per MIO: %s; files in %s: %s",
                records + rejected, records, rejected, plain(totals.get("g")), plain(totals.get("s")), plain(totals.get("opv")),
                plain(totals.get("osms")), so.toPlainString(), perMio, home.root().relativize(home.outbox(month)), filesWritten(month));
    }

    private String filesWritten(YearMonth month) {
        try (Stream<Path> files = Files.list(home.outbox(month))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
            return names.size() + " (" + String.join(", ", names) + ")";
        } catch (IOException e) {
            return "cannot be listed: " + e.getMessage();
        }
    }

    private static String plain(Object amount) {
        return ((BigDecimal) amount).toPlainString();
    }
}
