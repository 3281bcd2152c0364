package kz.assistant.reimbursement.reference;

import java.nio.file.Path;
import java.time.YearMonth;

import kz.assistant.reimbursement.system.HomeFolder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A spreadsheet written once per MIO of a cycle into the cycle's outbox, as {@code <prefix>_<mio_bin>.xlsx}
 * (the lists, contributions, reconciliation act, refunds, bank-service report). Each kind says which
 * MIOs get it with its own {@code MIOS} condition for {@link PerMioSpreadsheetsTasklet}.
 */
public abstract class PerMioSpreadsheet {

    protected final YearMonth cycle;
    protected final HomeFolder home;
    protected final JdbcTemplate jdbc;

    protected PerMioSpreadsheet(YearMonth cycle, HomeFolder home, JdbcTemplate jdbc) {
        this.cycle = cycle;
        this.home = home;
        this.jdbc = jdbc;
    }

    /** The MIO's file of this kind in the cycle's outbox. */
    protected Path target(String prefix, MioNames.MioName mio) {
        return home.outbox(cycle).resolve(prefix + "_" + mio.bin() + ".xlsx");
    }
}
