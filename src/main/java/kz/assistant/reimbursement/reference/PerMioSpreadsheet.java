package kz.assistant.reimbursement.reference;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import kz.assistant.reimbursement.reference.MioNames.MioName;
import kz.assistant.reimbursement.spreadsheet.FormLanguage;
import kz.assistant.reimbursement.spreadsheet.FormSpreadsheet;
import kz.assistant.reimbursement.spreadsheet.FormTexts;
import kz.assistant.reimbursement.system.HomeFolder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A form written once per MIO of a cycle into the cycle's outbox, as {@code <prefix>_<mio_bin>.xlsx}
 * and, in Kazakh, {@code <prefix>_<mio_bin>_kk.xlsx} (the list, contributions, funding request,
 * refunds, reconciliation act, bank-service report). The skeleton is here: one pass over the data
 * fills the form in every language at once; a kind of form says its heading, its rows and its
 * footer. Each file appears whole or not at all and is rebuilt from the database.
 */
public abstract class PerMioSpreadsheet {

    /** What every per-MIO form is made from. */
    public record Context(YearMonth cycle, HomeFolder home, JdbcTemplate jdbc, List<FormLanguage> languages) {
        public Context {
            languages = List.copyOf(languages);
        }
    }

    /** A row for the form in every language. */
    public interface Rows {
        void row(Object... values);

        /** A row of the companion sheet ({@link FormSpreadsheet#companion}). */
        void companionRow(Object... values);
    }

    protected final YearMonth cycle;
    protected final JdbcTemplate jdbc;
    private final HomeFolder home;
    private final List<FormLanguage> languages;

    protected PerMioSpreadsheet(Context context) {
        this.cycle = context.cycle();
        this.home = context.home();
        this.jdbc = context.jdbc();
        this.languages = context.languages();
    }

    /** The file name's beginning: {@code reimbursement-list}, {@code reconciliation-act} … */
    protected abstract String prefix();

    /** The sheet name, title, key lines and columns, as {@code texts} print them. */
    protected abstract void heading(FormSpreadsheet form, FormTexts texts, MioName mio);

    /** The MIO's rows, in the order printed. */
    protected abstract void rows(MioName mio, Rows rows) throws Exception;

    /** Totals, words and signatures after the rows. */
    protected abstract void footer(FormSpreadsheet form, FormTexts texts, MioName mio);

    /** The sheet's name in this language. */
    protected abstract String sheetName(FormTexts texts);

    /** The title with the MIO's name where the form has its blank: before it in Russian, inside it in Kazakh. */
    protected static String[] titleAround(FormTexts t, String before, String after, String mioName) {
        List<String> lines = new ArrayList<>();
        if (!t.get(before).isBlank()) {
            lines.add(t.get(before));
        }
        lines.add(mioName);
        if (!t.get(after).isBlank()) {
            lines.add(t.get(after));
        }
        return lines.toArray(String[]::new);
    }

    /** Writes the MIO's file in each language, each whole or not at all. */
    public final void write(MioName mio) throws Exception {
        List<FormSpreadsheet> forms = new ArrayList<>();
        try {
            for (FormLanguage language : languages) {
                FormTexts texts = FormTexts.of(language);
                FormSpreadsheet form = FormSpreadsheet.create(target(mio, language), sheetName(texts));
                forms.add(form);
                heading(texts.setUp(form), texts, mio);
            }
            rows(mio, new Rows() {
                @Override
                public void row(Object... values) {
                    for (FormSpreadsheet form : forms) {
                        form.row(values);
                    }
                }

                @Override
                public void companionRow(Object... values) {
                    for (FormSpreadsheet form : forms) {
                        form.companionRow(values);
                    }
                }
            });
            for (int i = 0; i < forms.size(); i++) {
                footer(forms.get(i), FormTexts.of(languages.get(i)), mio);
            }
            for (FormSpreadsheet form : forms) {
                form.finish();
            }
        } finally {
            for (FormSpreadsheet form : forms) {
                form.close();
            }
        }
    }

    private Path target(MioName mio, FormLanguage language) {
        return home.outbox(cycle).resolve(prefix() + "_" + mio.bin() + language.fileSuffix() + ".xlsx");
    }
}
