package kz.assistant.reimbursement.exemptions;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kz.assistant.reimbursement.identity.PersonalData;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of OOP's HTTP service ({@link OopHttpExemptionSource} has the protocol): the request for a
 * batch of IINs, and the checks of its answer. An answer that is not exactly an answer to the batch
 * asked fails with an {@link ExemptionsUnavailableException} that shows IINs masked only.
 */
final class OopAnswer {

    private static final JsonMapper JSON = JsonMapper.builder()
            // A repeated "answered" would let one of the two lists win silently.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** How many missing IINs an error message shows (masked), so that it stays readable. */
    private static final int EXAMPLES_IN_MESSAGE = 3;

    private OopAnswer() {
    }

    static byte[] requestBody(YearMonth cycleMonth, List<String> batch) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cycle_month", cycleMonth.toString());
        body.put("iins", batch);
        return JSON.writeValueAsBytes(body);
    }

    static List<Exemption> parse(byte[] body, List<String> batch, String label) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            // Jackson's own message may quote the offending token, which may be an IIN: only the
            // position is kept, and the exception is not chained for the same reason.
            TokenStreamLocation where = e.getLocation();
            throw new ExemptionsUnavailableException("OOP's answer for " + label + " is not valid JSON"
                    + (where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")")
                    + ", " + body.length + " bytes");
        }
        if (root == null || root.isMissingNode()) {
            throw wrongContent(label, "is empty");
        }
        if (!root.isObject()) {
            throw wrongContent(label, "is not a JSON object");
        }
        Set<String> asked = new HashSet<>(batch);
        Set<String> answered = answered(root, asked, label);
        List<String> missing = batch.stream().filter(iin -> !answered.contains(iin)).toList();
        if (!missing.isEmpty()) {
            throw new ExemptionsUnavailableException("OOP's answer for " + label + " is incomplete: "
                    + missing.size() + " of " + batch.size() + " asked IINs are not in \"answered\" (" + examples(missing)
                    + "); an IIN without an answer is never taken as not exempt");
        }
        return exemptions(root, answered, label);
    }

    private static Set<String> answered(JsonNode root, Set<String> asked, String label) {
        JsonNode list = root.get("answered");
        if (list == null || !list.isArray()) {
            throw wrongContent(label, "has no \"answered\" array");
        }
        Set<String> answered = new HashSet<>();
        int notAsked = 0;
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (!item.isString()) {
                throw wrongContent(label, "has \"answered\"[" + i + "] that is not a string");
            }
            if (asked.contains(item.stringValue())) {
                answered.add(item.stringValue());
            } else {
                notAsked++;
            }
        }
        if (notAsked > 0) {
            throw wrongContent(label, "lists " + notAsked + " IIN(s) in \"answered\" that were not asked");
        }
        return answered;
    }

    private static List<Exemption> exemptions(JsonNode root, Set<String> answered, String label) {
        JsonNode list = root.get("exemptions");
        if (list == null || !list.isArray()) {
            throw wrongContent(label, "has no \"exemptions\" array");
        }
        List<Exemption> result = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String at = "\"exemptions\"[" + i + "]";
            if (!item.isObject()) {
                throw wrongContent(label, "has " + at + " that is not an object");
            }
            String iin = text(item, "iin", true, label, at);
            if (!answered.contains(iin)) {
                throw wrongContent(label, "has " + at + " for an IIN that was not asked");
            }
            boolean opv = flag(item, "opv_exempt", label, at);
            boolean osms = flag(item, "osms_exempt", label, at);
            String basis = text(item, "basis", false, label, at);
            LocalDate from = date(item, "valid_from", true, label, at);
            LocalDate to = date(item, "valid_to", false, label, at);
            if (to != null && to.isBefore(from)) {
                throw wrongContent(label, "has " + at + " with valid_to before valid_from");
            }
            result.add(new Exemption(iin, opv, osms, basis, from, to));
        }
        return result;
    }

    private static String text(JsonNode item, String field, boolean required, String label, String at) {
        JsonNode value = item.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw wrongContent(label, "has " + at + " without \"" + field + "\"");
            }
            return null;
        }
        if (!value.isString()) {
            throw wrongContent(label, "has " + at + "." + field + " that is not a string");
        }
        return value.stringValue();
    }

    private static boolean flag(JsonNode item, String field, String label, String at) {
        JsonNode value = item.get(field);
        // No default: a missing flag read as false would be "not exempt" without an answer.
        if (value == null || !value.isBoolean()) {
            throw wrongContent(label, "has " + at + "." + field + " that is not true or false");
        }
        return value.booleanValue();
    }

    private static LocalDate date(JsonNode item, String field, boolean required, String label, String at) {
        String text = text(item, field, required, label, at);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw wrongContent(label, "has " + at + "." + field + " that is not a date YYYY-MM-DD");
        }
    }

    private static ExemptionsUnavailableException wrongContent(String label, String problem) {
        return new ExemptionsUnavailableException("OOP's answer for " + label + " " + problem);
    }


    private static String examples(List<String> iins) {
        String shown = iins.stream().limit(EXAMPLES_IN_MESSAGE).map(PersonalData::maskId)
                .collect(Collectors.joining(", "));
        return iins.size() > EXAMPLES_IN_MESSAGE ? shown + ", ..." : shown;
    }
}
