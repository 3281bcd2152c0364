package kz.assistant.reimbursement.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/reimbursement-cron asks the program whether a job is due (from the imported calendar:
 * CronScheduleTests, DueFromTheImportedCalendarIntegrationTests), runs it for each month of the answer
 * and rotates its log; scripts/install-cron puts the schedule into a crontab and replaces only its own
 * block. Both run here as the real scripts, with a stand-in command line and {@code crontab}.
 */
class CronScriptsTest {

    @TempDir
    Path temp;

    @Test
    void cronAsksTheProgramWhetherTheJobIsDueWithTheDayAndRunsEachMonthOfTheAnswer() throws Exception {
        Path cli = standInCli("payment-orders: на 2026-03-16 нужно запустить за месяц(ы) 2026-02 2026-03", 0);

        String out = cron(cli, Map.of(), "payment-orders", "--today", "2026-03-16");

        assertThat(Files.readAllLines(calls())).containsExactly(
                "due payment-orders --date 2026-03-16",
                "run payment-orders --month 2026-02 --date 2026-03-16",
                "run payment-orders --month 2026-03 --date 2026-03-16");
        assertThat(out).contains("payment-orders 2026-02: starting (cron)").contains("payment-orders 2026-03: starting (cron)");
    }

    @Test
    void aDayTheProgramSaysIsNotDueIsNothingToDoAndRunsNothing() throws Exception {
        Path cli = standInCli("payment-orders: на 2027-01-04 запускать не нужно — 2027-01-04 — нерабочий день", 5);

        String out = cron(cli, Map.of(), "payment-orders", "--today", "2027-01-04");

        assertThat(out).contains("payment-orders: nothing to do today (на 2027-01-04 запускать не нужно — 2027-01-04 — нерабочий день)");
        assertThat(Files.readAllLines(calls())).containsExactly("due payment-orders --date 2027-01-04");
    }

    @Test
    void theLogIsRotatedBySizeKeepingTheGivenNumberOfOldLogs() throws Exception {
        Path cli = standInCli("funding-need: на 2026-03-16 запускать не нужно — потребность формируется 15-го числа", 5);
        Path log = temp.resolve("logs").resolve("funding-need.log");
        Map<String, String> env = Map.of("REIMBURSEMENT_LOG_MAX_KB", "1", "REIMBURSEMENT_LOG_KEEP", "2");
        Files.createDirectories(log.getParent());

        for (int generation = 1; generation <= 3; generation++) {
            Files.writeString(log, ("generation " + generation + "\n").repeat(200));
            cron(cli, env, "funding-need", "--today", "2026-03-16", "--log", log.toString());
        }

        assertThat(Files.readString(log)).contains("nothing to do today").doesNotContain("generation");
        assertThat(Files.readString(log.resolveSibling("funding-need.log.1"))).startsWith("generation 3");
        assertThat(Files.readString(log.resolveSibling("funding-need.log.2"))).startsWith("generation 2");
        assertThat(log.resolveSibling("funding-need.log.3")).doesNotExist();
    }

    @Test
    void aSmallLogIsKeptAsItIs() throws Exception {
        Path cli = standInCli("funding-need: на 2026-03-16 запускать не нужно — потребность формируется 15-го числа", 5);
        Path log = Files.createDirectories(temp.resolve("logs")).resolve("funding-need.log");
        Files.writeString(log, "yesterday\n");

        cron(cli, Map.of(), "funding-need", "--today", "2026-03-16", "--log", log.toString());

        assertThat(Files.readString(log)).startsWith("yesterday\n").contains("nothing to do today");
        assertThat(log.resolveSibling("funding-need.log.1")).doesNotExist();
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

    private String cron(Path cli, Map<String, String> env, String... args) throws Exception {
        Map<String, String> all = new HashMap<>(env);
        all.put("REIMBURSEMENT_CLI", cli.toString());
        List<String> command = new ArrayList<>(List.of("scripts/reimbursement-cron"));
        command.addAll(List.of(args));
        return run(all, command.toArray(String[]::new));
    }

    private Path calls() {
        return temp.resolve("calls.txt");
    }

    /**
     * Stands in for scripts/reimbursement: answers {@code due} with the given line and exit code
     * (as the program does from its calendar), completes every {@code run}, and notes each call.
     */
    private Path standInCli(String dueLine, int dueExit) throws IOException {
        Path cli = temp.resolve("reimbursement");
        Files.writeString(cli, "#!/bin/sh\necho \"$*\" >> '" + calls() + "'\n"
                + "if [ \"$1\" = due ]; then echo 'INFO some start-up line'; echo '" + dueLine + "'; exit " + dueExit + "; fi\n"
                + "echo \"$2 $4 completed\"\n");
        Files.setPosixFilePermissions(cli, PosixFilePermissions.fromString("rwx------"));
        return cli;
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
