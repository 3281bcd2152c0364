package kz.assistant.reimbursement.samples;

import java.math.BigDecimal;

/** One row of psu-acts.csv as the generator builds it; a bad row is a good one's copy with one fault. */
final class SampleAct {
    String actNumber;
    String actReceived;
    String serviceMonth;
    String orderNumber;
    String decisionNumber;
    String oblast;
    String region;
    String mioBin;
    String personIin;
    String personName;
    Supplier supplier;
    String assistantIin;
    String assistantName;
    int serviceDays;
    BigDecimal hours;

    SampleAct copy() {
        SampleAct c = new SampleAct();
        c.actNumber = actNumber;
        c.actReceived = actReceived;
        c.serviceMonth = serviceMonth;
        c.orderNumber = orderNumber;
        c.decisionNumber = decisionNumber;
        c.oblast = oblast;
        c.region = region;
        c.mioBin = mioBin;
        c.personIin = personIin;
        c.personName = personName;
        c.supplier = supplier;
        c.assistantIin = assistantIin;
        c.assistantName = assistantName;
        c.serviceDays = serviceDays;
        c.hours = hours;
        return c;
    }

    String toCsv() {
        return String.join(";", csv(actNumber), actReceived, serviceMonth, orderNumber, decisionNumber,
                csv(oblast), csv(region), mioBin, personIin, csv(personName), supplier.id(), csv(supplier.name()),
                assistantIin, csv(assistantName), Integer.toString(serviceDays),
                hours.stripTrailingZeros().toPlainString(), supplier.iban(), supplier.bic());
    }

    /** RFC 4180: a field with the delimiter, a quote or a line break is quoted, quotes doubled. */
    static String csv(String value) {
        if (value.indexOf(';') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    record Supplier(String id, String name, String iban, String bic) {
        Supplier withBank(String newIban, String newBic) {
            return new Supplier(id, name, newIban, newBic);
        }
    }
}
