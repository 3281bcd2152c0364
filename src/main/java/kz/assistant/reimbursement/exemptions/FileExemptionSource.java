package kz.assistant.reimbursement.exemptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import kz.assistant.reimbursement.inbox.CsvInputFile;
import kz.assistant.reimbursement.inbox.CsvRecord;
import kz.assistant.reimbursement.inbox.InputFileException;
import kz.assistant.reimbursement.inbox.InputValues;

/**
 * OOP's answer delivered as {@code inbox/<M>/oop-exemptions.csv} (docs/file-contract.md). The file lists the
 * exempt assistants; an IIN absent from a delivered file is not exempt. No file means no answer,
 * and a row that cannot be read is an answer we cannot trust: both fail the step, naming the file
 * and line, rather than read anybody as "not exempt".
 */
public class FileExemptionSource implements ExemptionSource {

    public static final List<String> COLUMNS = List.of("iin", "opv_exempt", "osms_exempt", "basis", "valid_from", "valid_to");

    private final Function<YearMonth, Path> fileOfCycle;

    public FileExemptionSource(Function<YearMonth, Path> fileOfCycle) {
        this.fileOfCycle = fileOfCycle;
    }

    @Override
    public List<Exemption> exemptionsFor(YearMonth cycleMonth, Collection<String> assistantIins) {
        Path file = fileOfCycle.apply(cycleMonth);
        if (!file.toFile().isFile()) {
            throw new ExemptionsUnavailableException("No answer from OOP for " + cycleMonth + ": " + file
                    + " is missing. Put OOP's answer there and restart the job");
        }
        Set<String> asked = assistantIins instanceof Set<String> set ? set : new HashSet<>(assistantIins);
        List<Exemption> answer = new ArrayList<>();
        try (CsvInputFile csv = CsvInputFile.open(file, COLUMNS)) {
            CsvRecord r;
            while ((r = csv.next()) != null) {
                String iin = r.get("iin");
                if (asked.contains(iin)) {
                    answer.add(parse(file, r));
                }
            }
        } catch (InputFileException e) {
            throw new ExemptionsUnavailableException("OOP's answer cannot be read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return answer;
    }

    private static Exemption parse(Path file, CsvRecord r) {
        boolean opv = InputValues.flag(r.get("opv_exempt")).orElseThrow(() -> bad(file, r, "opv_exempt", "true or false"));
        boolean osms = InputValues.flag(r.get("osms_exempt")).orElseThrow(() -> bad(file, r, "osms_exempt", "true or false"));
        LocalDate from = optionalDate(file, r, "valid_from");
        LocalDate to = optionalDate(file, r, "valid_to");
        return new Exemption(r.get("iin"), opv, osms, r.get("basis"), from, to);
    }

    private static LocalDate optionalDate(Path file, CsvRecord r, String column) {
        String text = r.get(column);
        if (text.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = InputValues.date(text);
        return date.orElseThrow(() -> bad(file, r, column, "a date YYYY-MM-DD"));
    }

    private static ExemptionsUnavailableException bad(Path file, CsvRecord r, String column, String expected) {
        return new ExemptionsUnavailableException("OOP's answer cannot be read: " + file.getFileName() + ", line "
                + r.line() + ", field " + column + ": expected " + expected);
    }
}
