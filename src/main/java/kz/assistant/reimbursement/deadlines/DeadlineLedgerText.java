package kz.assistant.reimbursement.deadlines;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The ledger as the command line prints it, in the language of the message bundles (Russian by default). */
@Component
public class DeadlineLedgerText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MessageSource messages;

    public DeadlineLedgerText(MessageSource messages) {
        this.messages = messages;
    }

    public String render(List<Deadline> ledger, YearMonth month, LocalDate asOf, String language) {
        Locale locale = Locale.forLanguageTag(language);
        StringBuilder out = new StringBuilder(text(locale, "deadlines.title", month, DAY.format(asOf))).append('\n');
        if (ledger.isEmpty()) {
            return out.append(text(locale, "deadlines.none", "")).append('\n').toString();
        }
        String mio = null;
        for (Deadline d : ledger) {
            if (!d.mioBin().equals(mio)) {
                mio = d.mioBin();
                out.append(text(locale, "deadlines.mio", d.mioBin(), d.mioName())).append('\n');
            }
            out.append(line(d, locale)).append('\n');
        }
        return out.toString();
    }

    /** One deadline: "  п.15  деньги МИО …  срок 18.03.2026  выполнено 17.03.2026  соблюдён". */
    public String line(Deadline d, Locale locale) {
        String what = text(locale, "deadlines.point." + d.point().name()) + (d.subject().isEmpty() ? "" : " [" + d.subject() + "]");
        String due = d.due() == null ? text(locale, "deadlines.due.unknown") : text(locale, "deadlines.due", DAY.format(d.due()));
        String done = d.done() == null ? text(locale, "deadlines.done.not") : text(locale, "deadlines.done", DAY.format(d.done()));
        return String.format("  п.%-3s %-62s %-17s %-21s %s", d.point().number(), what, due, done,
                text(locale, "deadlines.status." + d.status().name()));
    }

    String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
