package kz.assistant.reimbursement.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.CSVParserBuilder;
import com.opencsv.exceptions.CsvException;
import kz.assistant.reimbursement.identity.IdentityNumber;
import kz.assistant.reimbursement.identity.KazakhIban;
import kz.assistant.reimbursement.samples.SampleDataGenerator.BadRow;
import kz.assistant.reimbursement.samples.SampleDataGenerator.BadRowKind;
import kz.assistant.reimbursement.samples.SampleDataGenerator.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataGeneratorTest {

    private static final YearMonth CYCLE = YearMonth.of(2026, 3);

    @TempDir
    Path temp;

    @Test
    void sameSeedWritesTheSameBytes() throws IOException {
        SampleDataGenerator.generate(500, CYCLE, temp.resolve("a"), 42, 15);
        SampleDataGenerator.generate(500, CYCLE, temp.resolve("b"), 42, 15);
        SampleDataGenerator.generate(500, CYCLE, temp.resolve("c"), 43, 15);

        for (String file : List.of(SampleDataGenerator.ACTS_FILE, SampleDataGenerator.EXEMPTIONS_FILE)) {
            byte[] first = Files.readAllBytes(temp.resolve("a").resolve(file));
            assertArrayEquals(first, Files.readAllBytes(temp.resolve("b").resolve(file)), file);
            assertFalse(java.util.Arrays.equals(first, Files.readAllBytes(temp.resolve("c").resolve(file))),
                    "another seed must give other data: " + file);
        }
    }

    @Test
    void everyGeneratedActPassesTheFormatChecks() throws Exception {
        Result result = SampleDataGenerator.generate(500, CYCLE, temp, 7, 0);
        List<Map<String, String>> rows = read(temp.resolve(SampleDataGenerator.ACTS_FILE));

        assertEquals(500, rows.size());
        assertEquals(500, result.goodActs());
        FormatCheck check = new FormatCheck();
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(Set.of(), check.problems(rows.get(i)), "line " + (i + 2) + ": " + rows.get(i));
        }
    }

    @Test
    void actsLookLikeAMonthOfThePilot() throws Exception {
        SampleDataGenerator.generate(2000, CYCLE, temp, 11, 0);
        List<Map<String, String>> rows = read(temp.resolve(SampleDataGenerator.ACTS_FILE));

        long late = rows.stream().filter(r -> !r.get("service_month").equals("2026-02")).count();
        assertTrue(late > 20 && late < 120, "about 3 % late acts, got " + late);
        assertTrue(rows.stream().anyMatch(r -> r.get("service_month").startsWith("2025-")),
                "late acts reach into the previous year");
        Map<String, Long> actsPerAssistant = rows.stream()
                .collect(Collectors.groupingBy(r -> r.get("assistant_iin"), Collectors.counting()));
        assertTrue(actsPerAssistant.values().stream().allMatch(n -> n >= 1 && n <= 3));
        assertTrue(actsPerAssistant.size() < rows.size() * 0.75, "assistants are reused across acts");
        Map<String, Long> bySupplierKind = rows.stream().collect(Collectors.groupingBy(r ->
                IdentityNumber.isBin(r.get("supplier_id")) ? "ngo"
                        : r.get("supplier_id").equals(r.get("assistant_iin")) ? "self" : "ip", Collectors.counting()));
        assertTrue(bySupplierKind.get("ngo") > 600 && bySupplierKind.get("ip") > 400 && bySupplierKind.get("self") > 400,
                bySupplierKind.toString());

        List<Map<String, String>> exemptions = read(temp.resolve(SampleDataGenerator.EXEMPTIONS_FILE));
        Set<String> assistants = actsPerAssistant.keySet();
        assertTrue(exemptions.size() > assistants.size() * 0.04 && exemptions.size() < assistants.size() * 0.12,
                "about 8 % of assistants exempt, got " + exemptions.size() + " of " + assistants.size());
        for (Map<String, String> exemption : exemptions) {
            assertTrue(assistants.contains(exemption.get("iin")), "exemption for an assistant of the file");
            assertTrue(Set.of("true", "false").containsAll(List.of(exemption.get("opv_exempt"), exemption.get("osms_exempt"))));
            LocalDate.parse(exemption.get("valid_from"));
        }
        assertTrue(exemptions.stream().anyMatch(e -> !e.get("valid_to").isEmpty()
                && LocalDate.parse(e.get("valid_to")).isBefore(LocalDate.of(2026, 2, 1))), "some have expired");
        assertTrue(exemptions.stream().anyMatch(e -> e.get("opv_exempt").equals("true") && e.get("osms_exempt").equals("false")));
        assertTrue(exemptions.stream().anyMatch(e -> e.get("opv_exempt").equals("true") && e.get("osms_exempt").equals("true")));
    }

    @Test
    void eachBadRowBreaksExactlyItsOwnCheck() throws Exception {
        Result result = SampleDataGenerator.generate(400, CYCLE, temp, 3, BadRowKind.values().length);
        List<Map<String, String>> rows = read(temp.resolve(SampleDataGenerator.ACTS_FILE));

        assertEquals(400 + BadRowKind.values().length, rows.size());
        assertEquals(Set.of(BadRowKind.values()),
                result.badRows().stream().map(BadRow::kind).collect(Collectors.toSet()));
        Map<Long, BadRowKind> badByLine = new HashMap<>();
        result.badRows().forEach(b -> badByLine.put(b.line(), b.kind()));
        FormatCheck check = new FormatCheck();
        for (int i = 0; i < rows.size(); i++) {
            long line = i + 2;
            Set<BadRowKind> expected = badByLine.containsKey(line) ? Set.of(badByLine.get(line)) : Set.of();
            assertEquals(expected, check.problems(rows.get(i)), "line " + line);
        }
    }

    @Test
    void referenceFilesAgreeWithWhatTheGeneratorUses() throws Exception {
        Path reference = Path.of("sample-data", "reference");
        List<Map<String, String>> mios = read(reference.resolve("mio.csv"));
        assertEquals(PilotReference.MIOS.stream().map(PilotReference.Mio::bin).toList(),
                mios.stream().map(m -> m.get("mio_bin")).toList());
        for (Map<String, String> mio : mios) {
            assertEquals(java.util.Optional.empty(), IdentityNumber.checkBin(mio.get("mio_bin")));
            assertEquals('4', mio.get("mio_bin").charAt(4));
        }
        List<Map<String, String>> banks = read(reference.resolve("authorized-organizations.csv"));
        assertEquals(PilotReference.AUTHORIZED_ORGANIZATIONS.stream().map(o -> o.bic() + "/" + o.bankCode()).toList(),
                banks.stream().map(b -> b.get("bic") + "/" + b.get("bank_code")).toList());
    }

    @Test
    void committedSampleCycleIsWhatTheGeneratorWritesForItsSeed() throws IOException {
        Path committed = Path.of("sample-data", "cycle-2026-03");
        SampleDataGenerator.generate(300, CYCLE, temp, 20260314, 15);
        for (String file : List.of(SampleDataGenerator.ACTS_FILE, SampleDataGenerator.EXEMPTIONS_FILE)) {
            assertArrayEquals(Files.readAllBytes(committed.resolve(file)), Files.readAllBytes(temp.resolve(file)),
                    file + " is stale: regenerate with scripts/generate-sample-data "
                            + "--acts 300 --month 2026-03 --out sample-data/cycle-2026-03 --seed 20260314 --bad 15");
        }
    }

    private static List<Map<String, String>> read(Path file) throws IOException, CsvException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVReader csv = new CSVReaderBuilder(reader)
                     .withCSVParser(new CSVParserBuilder().withSeparator(';').build()).build()) {
            List<String[]> all = csv.readAll();
            String[] header = all.get(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String[] cells : all.subList(1, all.size())) {
                assertEquals(header.length, cells.length);
                Map<String, String> row = new HashMap<>();
                for (int c = 0; c < header.length; c++) {
                    row.put(header[c], cells[c]);
                }
                rows.add(row);
            }
            if (file.getFileName().toString().equals(SampleDataGenerator.ACTS_FILE)) {
                assertEquals(SampleDataGenerator.ACTS_HEADER, String.join(";", header));
            }
            return rows;
        }
    }

    /** The checks of п.25 the generator is meant to exercise, named after the bad row that breaks each. */
    private static final class FormatCheck {
        private final Set<String> actNumbers = new HashSet<>();
        private final Set<String> ordersAndMonths = new HashSet<>();

        Set<BadRowKind> problems(Map<String, String> row) {
            Set<BadRowKind> problems = new HashSet<>();
            String actNumber = row.get("act_number");
            if (actNumber.isEmpty()) {
                problems.add(BadRowKind.MISSING_ACT_NUMBER);
            } else if (!actNumbers.add(actNumber)) {
                problems.add(BadRowKind.DUPLICATE_ACT_NUMBER);
            }
            if (!ordersAndMonths.add(row.get("order_number") + "/" + row.get("service_month"))) {
                problems.add(BadRowKind.DUPLICATE_ORDER_AND_MONTH);
            }
            try {
                LocalDate received = LocalDate.parse(row.get("act_received"));
                assertEquals(CYCLE, YearMonth.from(received));
                assertTrue(received.getDayOfMonth() <= 13);
            } catch (DateTimeParseException e) {
                problems.add(BadRowKind.MALFORMED_DATE);
            }
            YearMonth serviceMonth = YearMonth.parse(row.get("service_month"));
            if (!serviceMonth.isBefore(CYCLE)) {
                problems.add(BadRowKind.SERVICE_MONTH_NOT_BEFORE_CYCLE);
            }
            for (String column : List.of("person_iin", "assistant_iin")) {
                IdentityNumber.checkIin(row.get(column)).ifPresent(p -> problems.add(
                        p == IdentityNumber.IdentityProblem.BIRTH_DATE ? BadRowKind.NONEXISTENT_BIRTH_DATE
                                : BadRowKind.WRONG_IIN_CHECK_DIGIT));
            }
            assertEquals(java.util.Optional.empty(), IdentityNumber.checkIinOrBin(row.get("supplier_id")));
            if (row.get("assistant_iin").equals(row.get("person_iin"))) {
                problems.add(BadRowKind.ASSISTANT_IS_PERSON);
            }
            int days = Integer.parseInt(row.get("service_days"));
            if (days < 1 || days > serviceMonth.lengthOfMonth()) {
                problems.add(BadRowKind.DAYS_OUT_OF_RANGE);
            }
            BigDecimal hours = new BigDecimal(row.get("hours"));
            assertTrue(hours.signum() > 0);
            if (hours.scale() > 2) {
                problems.add(BadRowKind.HOURS_THREE_DECIMALS);
            }
            if (hours.compareTo(BigDecimal.valueOf(8L * days)) > 0) {
                problems.add(BadRowKind.HOURS_OVER_LIMIT);
            }
            String iban = row.get("supplier_iban");
            if (KazakhIban.check(iban).isPresent()) {
                assertEquals(java.util.Optional.of(KazakhIban.IbanProblem.CHECK_DIGITS), KazakhIban.check(iban));
                problems.add(BadRowKind.BAD_IBAN_CHECK_DIGITS);
            } else {
                var bank = PilotReference.byBankCode(KazakhIban.bankCode(iban));
                if (bank.isEmpty()) {
                    problems.add(BadRowKind.UNKNOWN_BANK_CODE);
                } else if (!bank.get().bic().equals(row.get("supplier_bic"))) {
                    problems.add(BadRowKind.BIC_NOT_MATCHING_BANK);
                }
            }
            if (PilotReference.MIOS.stream().noneMatch(m -> m.bin().equals(row.get("mio_bin")))) {
                assertEquals(java.util.Optional.empty(), IdentityNumber.checkBin(row.get("mio_bin")));
                problems.add(BadRowKind.UNKNOWN_MIO);
            }
            return problems;
        }
    }
}
