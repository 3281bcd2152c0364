package kz.assistant.reimbursement.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.assistant.reimbursement.acts.ActColumns;
import kz.assistant.reimbursement.identity.IdentityNumber;
import kz.assistant.reimbursement.identity.KazakhIban;

/**
 * Builds a psu-acts.csv for a test: valid acts by default (IINs and IBANs with real check digits, a
 * pilot MIO, Halyk), each field overridable, so a test states only what it is about.
 */
public final class ActsFile {

    public static final String ASTANA_MIO = "070340000111";
    public static final String ALMATY_MIO = "081240000221";

    private final List<Map<String, String>> rows = new ArrayList<>();
    private int sequence;

    /** A valid act of 2026-02, 8 days of 8 hours, not exempt, supplier = the assistant himself. */
    public Map<String, String> act() {
        sequence++;
        Map<String, String> row = new LinkedHashMap<>();
        String assistant = iin("8501013", sequence);
        row.put("act_number", "ACT-T-" + sequence);
        row.put("act_received", "2026-03-05");
        row.put("service_month", "2026-02");
        row.put("order_number", "ORD-T-" + sequence);
        row.put("decision_number", "DEC-T-" + sequence);
        row.put("oblast", "г. Астана");
        row.put("region", "район Есиль");
        row.put("mio_bin", ASTANA_MIO);
        row.put("person_iin", iin("6003154", sequence));
        row.put("person_name", "Иванова Мария Петровна");
        row.put("supplier_id", assistant);
        row.put("supplier_name", "Садыков Ержан");
        row.put("assistant_iin", assistant);
        row.put("assistant_name", "Садыков Ержан");
        row.put("service_days", "8");
        row.put("hours", "64");
        row.put("supplier_iban", iban("601", sequence));
        row.put("supplier_bic", "HSBKKZKX");
        rows.add(row);
        return row;
    }

    public ActsFile add(Map<String, String> overrides) {
        act().putAll(overrides);
        return this;
    }

    public int size() {
        return rows.size();
    }

    public Path writeTo(Path dir) throws IOException {
        Path file = dir.resolve("psu-acts.csv");
        List<String> columns = new ArrayList<>(ActColumns.ALL);
        if (rows.stream().anyMatch(r -> r.containsKey(ActColumns.SERVICE_COST))) {
            columns.add(ActColumns.SERVICE_COST);   // optional (п.3): only when a test gives a cost
        }
        StringBuilder csv = new StringBuilder(String.join(";", columns)).append('\n');
        for (Map<String, String> row : rows) {
            csv.append(columns.stream().map(c -> quote(row.getOrDefault(c, ""))).collect(Collectors.joining(";"))).append('\n');
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** A valid IIN: 7 digits of birth date and century, a serial from n on, the check digit. */
    public static String iin(String first7, int n) {
        for (int serial = n; ; serial++) {
            String first11 = first7 + String.format("%04d", serial % 10_000);
            var check = IdentityNumber.checkDigit(first11);
            if (check.isPresent()) {
                return first11 + check.getAsInt();
            }
        }
    }

    public static String iban(String bankCode, int n) {
        return KazakhIban.withCheckDigits(bankCode, String.format("%013d", 1_000_000L + n));
    }

    private static String quote(String value) {
        if (value.contains(";") || value.contains("\"") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
