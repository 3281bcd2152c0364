package kz.assistant.reimbursement.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import kz.assistant.reimbursement.identity.IdentityNumber;
import kz.assistant.reimbursement.inbox.CsvInputFile;
import kz.assistant.reimbursement.inbox.CsvRecord;
import kz.assistant.reimbursement.inbox.InputFileException;
import kz.assistant.reimbursement.inbox.InputValues;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the reference folder (docs/file-contract.md: mio.csv, authorized-organizations.csv, rates.csv and the
 * optional calendar.csv and payment-codes.csv) into the database. Rows are upserted: a changed MRP or a renamed MIO
 * replaces the old values, nothing else is touched. One bad row refuses the whole import, naming
 * file, line and field: reference data is small and a half-loaded registry is worse than none.
 */
@Service
public class ReferenceImporter {

    public record Imported(int mios, int organizations, int rates, int calendarDays) {
    }

    private final MioRepository mios;
    private final AuthorizedOrganizationRepository organizations;
    private final JdbcTemplate jdbc;

    public ReferenceImporter(MioRepository mios, AuthorizedOrganizationRepository organizations, JdbcTemplate jdbc) {
        this.mios = mios;
        this.organizations = organizations;
        this.jdbc = jdbc;
    }

    @Transactional
    public Imported importFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InputFileException(folder, 0, "the reference folder does not exist");
        }
        List<Mio> mioRows = read(folder.resolve("mio.csv"), List.of("mio_bin", "name", "oblast", "region"), r -> {
            String bin = required(r, "mio_bin");
            if (!IdentityNumber.isValid(bin)) {
                throw fieldError(r, "mio_bin", "not a valid BIN");
            }
            return new Mio(bin, required(r, "name"), required(r, "oblast"), required(r, "region"));
        }, folder);
        List<AuthorizedOrganization> orgRows = read(folder.resolve("authorized-organizations.csv"),
                List.of("bic", "bank_code", "name"), r -> {
                    String code = required(r, "bank_code");
                    if (!code.matches("\\d{3}")) {
                        throw fieldError(r, "bank_code", "must be 3 digits");
                    }
                    String bic = required(r, "bic");
                    if (!bic.matches("[A-Z0-9]{8}([A-Z0-9]{3})?")) {
                        throw fieldError(r, "bic", "not a BIC");
                    }
                    return new AuthorizedOrganization(bic, code, required(r, "name"));
                }, folder);
        List<Object[]> rateRows = read(folder.resolve("rates.csv"),
                List.of("year", "mrp", "mzp", "so_rate", "so_min_base_mzp", "opv_cap_mzp", "osms_cap_mzp"), r -> new Object[] {
                        InputValues.integer(r.get("year")).orElseThrow(() -> fieldError(r, "year", "not a year")),
                        number(r, "mrp"), number(r, "mzp"), number(r, "so_rate"), number(r, "so_min_base_mzp"),
                        number(r, "opv_cap_mzp"), number(r, "osms_cap_mzp")}, folder);
        Path calendar = folder.resolve("calendar.csv");
        List<Object[]> days = Files.exists(calendar) ? read(calendar, List.of("date", "day"), r -> {
            LocalDate day = InputValues.date(r.get("date")).orElseThrow(() -> fieldError(r, "date", "not a date"));
            String kind = r.get("day").toLowerCase();
            if (!kind.equals("holiday") && !kind.equals("workday")) {
                throw fieldError(r, "day", "must be holiday or workday");
            }
            return new Object[] {day, kind};
        }, folder) : List.of();
        Path paymentCodes = folder.resolve("payment-codes.csv");
        List<Object[]> codeRows = Files.exists(paymentCodes) ? read(paymentCodes, List.of("supplier_kind", "kbe", "knp"), r -> {
            String kind = required(r, "supplier_kind").toUpperCase();
            if (!List.of("NGO", "SOLE_PROPRIETOR", "PERSON").contains(kind)) {
                throw fieldError(r, "supplier_kind", "must be NGO, SOLE_PROPRIETOR or PERSON");
            }
            if (!required(r, "kbe").matches("[12]\\d")) {
                throw fieldError(r, "kbe", "must be 2 digits, the first 1 (resident) or 2 (non-resident)");
            }
            if (!required(r, "knp").matches("\\d{3}")) {
                throw fieldError(r, "knp", "must be 3 digits");
            }
            return new Object[] {kind, r.get("kbe"), r.get("knp")};
        }, folder) : List.of();

        mios.saveAll(mioRows);
        organizations.saveAll(orgRows);
        mios.flush();
        jdbc.batchUpdate("""
                insert into rate (year, mrp, mzp, so_rate, so_min_base_mzp, opv_cap_mzp, osms_cap_mzp)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (year) do update set mrp = excluded.mrp, mzp = excluded.mzp, so_rate = excluded.so_rate,
                  so_min_base_mzp = excluded.so_min_base_mzp, opv_cap_mzp = excluded.opv_cap_mzp, osms_cap_mzp = excluded.osms_cap_mzp
                """, rateRows);
        jdbc.batchUpdate("insert into calendar_day (day, kind) values (?, ?) on conflict (day) do update set kind = excluded.kind", days);
        jdbc.batchUpdate("""
                insert into payment_code (supplier_kind, kbe, knp) values (?, ?, ?)
                on conflict (supplier_kind) do update set kbe = excluded.kbe, knp = excluded.knp
                """, codeRows);
        // Autovacuum analyzes a table after 50 changed rows at the least, so a handful of MIOs or
        // rates never got statistics: the planner guessed hundreds of MIOs and hashed every record
        // to find which of three have any, instead of probing the index per MIO.
        jdbc.execute("analyze mio, authorized_organization, rate, calendar_day");
        return new Imported(mioRows.size(), orgRows.size(), rateRows.size(), days.size());
    }

    private static <T> List<T> read(Path file, List<String> columns, Function<CsvRecord, T> mapper, Path folder) {
        List<T> rows = new ArrayList<>();
        try (CsvInputFile csv = CsvInputFile.open(file, columns)) {
            CsvRecord record;
            while ((record = csv.next()) != null) {
                rows.add(mapper.apply(record));
            }
        } catch (IllegalArgumentException e) {
            throw new InputFileException(file, 0, e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static String required(CsvRecord r, String column) {
        String value = r.get(column);
        if (value.isEmpty()) {
            throw fieldError(r, column, "is empty");
        }
        return value;
    }

    private static BigDecimal number(CsvRecord r, String column) {
        return InputValues.decimal(r.get(column)).orElseThrow(() -> fieldError(r, column, "not a number"));
    }

    private static RuntimeException fieldError(CsvRecord r, String column, String problem) {
        return new IllegalArgumentException("line " + r.line() + ", field " + column + ": " + problem);
    }
}
