package kz.assistant.reimbursement.console;

import java.time.YearMonth;

import kz.assistant.reimbursement.audit.AuditTrail;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The month's rejected acts, the exceptions of its deliveries, and the audit trail. */
@Controller
@ConditionalOnWebApplication
class ListsController {

    private final MonthLists lists;
    private final AuditTrail audit;

    ListsController(MonthLists lists, AuditTrail audit) {
        this.lists = lists;
        this.audit = audit;
    }

    @GetMapping("/months/{month}/rejections")
    String rejections(@PathVariable("month") String value, @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        YearMonth month = ConsolePages.month(value);
        model.addAttribute("month", month);
        model.addAttribute("rejections", lists.rejections(month, Math.max(0, page)));
        return "rejections";
    }

    @GetMapping("/months/{month}/exceptions")
    String exceptions(@PathVariable("month") String value, @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        YearMonth month = ConsolePages.month(value);
        model.addAttribute("month", month);
        model.addAttribute("refused", lists.refusedRows(month, Math.max(0, page)));
        model.addAttribute("returns", lists.returns(month));
        model.addAttribute("transfers", lists.transfers(month));
        return "exceptions";
    }

    @GetMapping("/audit")
    String audit(@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        var entries = audit.latest(Math.max(0, page), MonthLists.PAGE_SIZE);
        model.addAttribute("entries", entries);
        return "audit";
    }
}
