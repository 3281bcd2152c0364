package kz.assistant.reimbursement.console;

import java.security.Principal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import kz.assistant.reimbursement.reference.ReferenceDataRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The months, a month's jobs with their state and actions, and the live progress of what runs. */
@Controller
@ConditionalOnWebApplication
class MonthController {

    record StepProgress(String name, String status, long read, long written, long skipped) {
    }

    record JobProgress(String job, String state, List<StepProgress> steps) {
    }

    private final MonthOverview overview;
    private final ConsoleJobs jobs;
    private final ReferenceDataRepository reference;
    private final MonthDeadlines deadlines;

    MonthController(MonthOverview overview, ConsoleJobs jobs, ReferenceDataRepository reference, MonthDeadlines deadlines) {
        this.overview = overview;
        this.jobs = jobs;
        this.reference = reference;
        this.deadlines = deadlines;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/months";
    }

    @GetMapping("/months")
    String months(Model model) {
        model.addAttribute("months", overview.months());
        model.addAttribute("current", YearMonth.now());
        return "months";
    }

    /** The form of the months page: a month typed or picked goes to its page. */
    @GetMapping("/months/go")
    String go(@org.springframework.web.bind.annotation.RequestParam("month") String value) {
        return "redirect:/months/" + ConsolePages.month(value);
    }

    @GetMapping("/months/{month}")
    String month(@PathVariable("month") String value, Model model) {
        YearMonth month = ConsolePages.month(value);
        List<MonthOverview.JobRow> rows = overview.jobs(month);
        model.addAttribute("month", month);
        model.addAttribute("jobs", rows);
        model.addAttribute("running", rows.stream().anyMatch(r -> r.state() == MonthOverview.State.RUNNING
                || r.state() == MonthOverview.State.STARTING));
        model.addAttribute("deadlines", deadlines.of(month));
        return "month";
    }

    @PostMapping("/months/{month}/jobs/{job}/run")
    String run(@PathVariable("month") String value, @PathVariable("job") String job, Principal user, RedirectAttributes flash) {
        return start(value, job, false, user, flash);
    }

    @PostMapping("/months/{month}/jobs/{job}/restart")
    String restart(@PathVariable("month") String value, @PathVariable("job") String job, Principal user, RedirectAttributes flash) {
        return start(value, job, true, user, flash);
    }

    private String start(String value, String job, boolean restartOnly, Principal user, RedirectAttributes flash) {
        YearMonth month = ConsolePages.month(value);
        if (!overview.isJob(job)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (reference.isEmpty()) {
            flash.addFlashAttribute("problem", "console.job.noReference");
        } else {
            jobs.start(job, month, restartOnly, user.getName());
            flash.addFlashAttribute("notice", restartOnly ? "console.job.restarted" : "console.job.started");
            flash.addFlashAttribute("noticeArg", job);
        }
        return "redirect:/months/" + month;
    }

    /** What the progress lines of the log say, for the page's script: each job's state and its steps' counts. */
    @GetMapping("/months/{month}/progress")
    @ResponseBody
    Map<String, Object> progress(@PathVariable("month") String value) {
        YearMonth month = ConsolePages.month(value);
        List<JobProgress> progress = overview.jobs(month).stream()
                .map(row -> new JobProgress(row.job(), row.state().name(), row.steps().stream()
                        .map(s -> new StepProgress(s.name(), s.status(), s.read(), s.written(), s.skipped())).toList()))
                .toList();
        boolean running = progress.stream().anyMatch(p -> p.state().equals("RUNNING") || p.state().equals("STARTING"));
        return Map.of("month", month.toString(), "running", running, "jobs", progress);
    }
}
