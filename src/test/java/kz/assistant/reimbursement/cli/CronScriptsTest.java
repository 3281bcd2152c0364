package kz.assistant.reimbursement.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/reimbursement-cron decides from the date whether a job is due and for which cycle month;
 * scripts/install-cron puts the schedule into a crontab and replaces only its own block. Both run
 * here as the real scripts, with --dry-run and a stand-in {@code crontab} command.
 */
class CronScriptsTest {

    @TempDir
    Path temp;

    @Test
    void reimbursementListRunsOnThe14thForTheCurrentMonth() throws Exception {
        assertThat(cron("reimbursement-list", "2026-03-14")).isEqualTo("scripts/reimbursement run reimbursement-list --month 2026-03 --date 2026-03-14");
        assertThat(cron("reimbursement-list", "2026-03-13")).contains("nothing to do today");
    }

    @Test
    void paymentOrdersRunOnWorkingDaysForLastMonthAndFromThe15thForThisMonth() throws Exception {
        assertThat(cron("payment-orders", "2026-03-10")).isEqualTo("scripts/reimbursement run payment-orders --month 2026-02 --date 2026-03-10");
        assertThat(cron("payment-orders", "2026-03-16")).isEqualTo("""
                scripts/reimbursement run payment-orders --month 2026-02 --date 2026-03-16
                scripts/reimbursement run payment-orders --month 2026-03 --date 2026-03-16""");
        assertThat(cron("payment-orders", "2026-03-22")).contains("nothing to do today").contains("not a working day");
        // 23 March 2026 is a Nauryz holiday on a Monday (sample-data/reference/calendar.csv)
        assertThat(cron("payment-orders", "2026-03-23")).contains("nothing to do today");
    }

    @Test
    void refundsAndTheBankServiceReportComeOnTheLastWorkingDayOfTheMonthAfterM() throws Exception {
        assertThat(cron("return-refunds", "2026-04-30")).isEqualTo("scripts/reimbursement run return-refunds --month 2026-03 --date 2026-04-30");
        assertThat(cron("return-refunds", "2026-04-29")).contains("nothing to do today").contains("2026-04-30");
        // 31 May 2026 is a Sunday: the last working day is Friday the 29th
        assertThat(cron("bank-service-report", "2026-05-29")).isEqualTo("scripts/reimbursement run bank-service-report --month 2026-04 --date 2026-05-29");
        assertThat(cron("bank-service-report", "2026-05-31")).contains("nothing to do today");
    }

    @Test
    void reconciliationActComesOnTheLastWorkingDayByThe25th() throws Exception {
        // 25 April 2026 is a Saturday
        assertThat(cron("reconciliation-act", "2026-04-24")).isEqualTo("scripts/reimbursement run reconciliation-act --month 2026-03 --date 2026-04-24");
        assertThat(cron("reconciliation-act", "2026-04-25")).contains("nothing to do today");
    }

    @Test
    void installCronIsIdempotentAndKeepsTheUsersOtherLines() throws Exception {
        Path crontabFile = temp.resolve("crontab.txt");
        Files.writeString(crontabFile, "MAILTO=finance@akimat.kz\n0 3 * * * /usr/local/bin/backup\n");
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path fakeCrontab = bin.resolve("crontab");
        // crontab -u USER -l prints the table, crontab -u USER - replaces it from standard input
        Files.writeString(fakeCrontab, "#!/bin/sh\nif [ \"$3\" = \"-l\" ]; then cat '" + crontabFile + "'; else cat > '" + crontabFile + "'; fi\n");
        Files.setPosixFilePermissions(fakeCrontab, PosixFilePermissions.fromString("rwx------"));
        Path home = Files.createDirectories(temp.resolve("home"));
        Map<String, String> env = Map.of("PATH", bin + ":" + System.getenv("PATH"));

        run(env, "scripts/install-cron", "--home", home.toString(), "--user", "reimb");
        String once = Files.readString(crontabFile);
        run(env, "scripts/install-cron", "--home", home.toString(), "--user", "reimb");
        String twice = Files.readString(crontabFile);

        assertThat(twice).isEqualTo(once);
        assertThat(once).startsWith("MAILTO=finance@akimat.kz\n0 3 * * * /usr/local/bin/backup\n");
        assertThat(once).contains("# >>> assistant-reimbursement " + home + " >>>");
        assertThat(once.lines().filter(l -> l.contains("scripts/reimbursement-cron"))).hasSize(7);
        assertThat(once).contains("REIMBURSEMENT_HOME=" + home).contains(home + "/logs/reimbursement-list.log");
        assertThat(Files.isDirectory(home.resolve("logs"))).isTrue();
    }

    private String cron(String job, String today) throws Exception {
        return run(Map.of(), "scripts/reimbursement-cron", job, "--today", today, "--dry-run").strip();
    }

    private static String run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
