package kz.assistant.reimbursement.deadlines;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import kz.assistant.reimbursement.cli.MonthStatusSection;
import kz.assistant.reimbursement.system.BusinessDate;
import org.springframework.stereotype.Component;

/** {@code status --month M}: the ledger's late and overdue lines as of today, each with its MIO. */
@Component
class LateDeadlinesSection implements MonthStatusSection {

    private final DeadlineLedger ledger;
    private final DeadlineLedgerText text;

    LateDeadlinesSection(DeadlineLedger ledger, DeadlineLedgerText text) {
        this.ledger = ledger;
        this.text = text;
    }

    @Override
    public String render(YearMonth month, String language) {
        List<Deadline> missed = ledger.of(month, BusinessDate.today()).stream().filter(d -> d.status().isLateOrOverdue()).toList();
        if (missed.isEmpty()) {
            return "";
        }
        Locale locale = Locale.forLanguageTag(language);
        StringBuilder out = new StringBuilder(text.text(locale, "deadlines.late.title", month)).append('\n');
        missed.forEach(d -> out.append("  ").append(d.mioBin()).append(text.line(d, locale)).append('\n'));
        return out.toString();
    }
}
