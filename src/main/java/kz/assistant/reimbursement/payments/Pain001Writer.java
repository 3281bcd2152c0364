package kz.assistant.reimbursement.payments;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Streams one payment register as ISO 20022 pain.001.001.03 (one PmtInf: the State Corporation pays,
 * one CdtTrfTxInf per payment). Everything written comes from the stored register and payments, so a
 * register rewritten after a crash is the same file: same MsgId, same CreDtTm, same transactions.
 *
 * <p>Order of calls: {@link #start}, {@link #payment} per payment in reference order, {@link #finish}.
 */
final class Pain001Writer {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
    private static final String CURRENCY = "KZT";
    private static final int MAX_TEXT = 140;
    // Compiled once: replaceAll compiles its pattern on every call, three texts per payment.
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n\\r]]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;

    private Pain001Writer(XMLStreamWriter xml) {
        this.xml = xml;
    }

    static Pain001Writer start(OutputStream out, PaymentRegister register, PaymentsProperties payer) throws XMLStreamException {
        // Through a buffered UTF-8 writer: on an OutputStream the JDK's writer encodes and writes
        // every character on its own, a synchronized write per byte (the largest part of writing
        // the XML in a profile of a million payments). finish() flushes it.
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        Pain001Writer writer = new Pain001Writer(FACTORY.createXMLStreamWriter(text));
        writer.header(register, payer);
        return writer;
    }

    private void header(PaymentRegister register, PaymentsProperties payer) throws XMLStreamException {
        var created = register.createdAt().atZoneSameInstant(KAZAKHSTAN).truncatedTo(ChronoUnit.SECONDS);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("Document");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeStartElement("CstmrCdtTrfInitn");
        xml.writeStartElement("GrpHdr");
        element("MsgId", register.messageId());
        element("CreDtTm", DATE_TIME.format(created.toOffsetDateTime()));
        element("NbOfTxs", Integer.toString(register.payments()));
        element("CtrlSum", amount(register.total()));
        xml.writeStartElement("InitgPty");
        element("Nm", text(payer.debtorName()));
        xml.writeEndElement();
        xml.writeEndElement();

        xml.writeStartElement("PmtInf");
        element("PmtInfId", register.messageId());
        element("PmtMtd", "TRF");
        element("NbOfTxs", Integer.toString(register.payments()));
        element("CtrlSum", amount(register.total()));
        // п.16: orders are formed the day the money is there; the bank executes them that day.
        element("ReqdExctnDt", created.toLocalDate().toString());
        xml.writeStartElement("Dbtr");
        element("Nm", text(payer.debtorName()));
        xml.writeEndElement();
        account("DbtrAcct", payer.debtorIban());
        agent("DbtrAgt", payer.debtorBic());
    }

    void payment(RegisteredPayment payment) throws XMLStreamException {
        xml.writeStartElement("CdtTrfTxInf");
        xml.writeStartElement("PmtId");
        element("EndToEndId", payment.reference());
        xml.writeEndElement();
        xml.writeStartElement("Amt");
        xml.writeStartElement("InstdAmt");
        xml.writeAttribute("Ccy", CURRENCY);
        xml.writeCharacters(amount(payment.amount()));
        xml.writeEndElement();
        xml.writeEndElement();
        agent("CdtrAgt", payment.bic());
        xml.writeStartElement("Cdtr");
        element("Nm", text(payment.supplierName()));
        creditorId(payment);
        element("CtryOfRes", "KZ");
        xml.writeEndElement();
        account("CdtrAcct", payment.supplierIban());
        // п.16: the payment order's КНП (purpose) and Кбе (beneficiary code), as NBRK's codes.
        xml.writeStartElement("Purp");
        element("Prtry", payment.codes().knp());
        xml.writeEndElement();
        xml.writeStartElement("RgltryRptg");
        regulatoryDetail("KBE", payment.codes().kbe());
        regulatoryDetail("KNP", payment.codes().knp());
        xml.writeEndElement();
        xml.writeStartElement("RmtInf");
        for (String part : remittanceParts(payment)) {
            element("Ustrd", part);
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** The beneficiary's IIN or BIN: an NGO's BIN as an organization's id, an IIN as a person's. */
    private void creditorId(RegisteredPayment payment) throws XMLStreamException {
        boolean organization = payment.supplierKind().isOrganization();
        xml.writeStartElement("Id");
        xml.writeStartElement(organization ? "OrgId" : "PrvtId");
        xml.writeStartElement("Othr");
        element("Id", payment.supplierId());
        xml.writeStartElement("SchmeNm");
        element("Prtry", organization ? "BIN" : "IIN");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void regulatoryDetail(String type, String code) throws XMLStreamException {
        xml.writeStartElement("Dtls");
        element("Tp", type);
        element("Cd", code);
        xml.writeEndElement();
    }

    void finish() throws XMLStreamException {
        xml.writeEndElement(); // PmtInf
        xml.writeEndElement(); // CstmrCdtTrfInitn
        xml.writeEndElement(); // Document
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    /** The payment's purpose in words: the act number first, whole, however long. */
    static String remittance(RegisteredPayment payment) {
        return clean("Акт " + payment.actNumber() + " за " + payment.serviceMonth()
                + "; возмещение стоимости услуг индивидуального помощника"
                + (payment.fromReturnedMoney() ? ", повторная выплата" : ""));
    }

    /**
     * The remittance text as Ustrd elements of at most 140 characters each (Max140Text; RmtInf takes
     * any number of them), never cut: the parts put together one after the other are the whole text.
     * A part ends after a space where it can, so words stay whole; an act number longer than 140
     * characters goes on in the next part.
     */
    static List<String> remittanceParts(RegisteredPayment payment) {
        String text = remittance(payment);
        List<String> parts = new ArrayList<>();
        while (text.codePointCount(0, text.length()) > MAX_TEXT) {
            int limit = text.offsetByCodePoints(0, MAX_TEXT);
            int space = text.lastIndexOf(' ', limit - 1);
            int end = space > 0 ? space + 1 : limit;
            parts.add(text.substring(0, end));
            text = text.substring(end);
        }
        parts.add(text);
        return parts;
    }

    private void account(String name, String iban) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeStartElement("Id");
        element("IBAN", iban);
        xml.writeEndElement();
        if ("DbtrAcct".equals(name)) {
            element("Ccy", CURRENCY);
        }
        xml.writeEndElement();
    }

    private void agent(String name, String bic) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeStartElement("FinInstnId");
        element("BIC", bic);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void element(String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static String amount(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    /**
     * Max140Text: at most 140 characters, and none that XML 1.0 cannot carry (a control character
     * typed into a name on the portal would make the whole register unreadable to the bank).
     */
    static String text(String value) {
        if (value != null && alreadyClean(value, MAX_TEXT)) {
            return value;
        }
        String clean = clean(value);
        if (clean.codePointCount(0, clean.length()) <= MAX_TEXT) {
            return clean;
        }
        return clean.substring(0, clean.offsetByCodePoints(0, MAX_TEXT));
    }

    /** Without control characters or runs of whitespace: what XML 1.0 and the bank can carry. */
    private static String clean(String value) {
        if (value != null && alreadyClean(value, Integer.MAX_VALUE)) {
            return value;
        }
        return value == null ? "" : WHITESPACE.matcher(CONTROL.matcher(value).replaceAll(" ")).replaceAll(" ").strip();
    }

    /**
     * True when {@link #text} would return the value unchanged: no control character, no whitespace
     * but single spaces, nothing to strip at either end, at most 140 characters. Names, act numbers
     * and months almost always are; the regular expressions then are not run (three texts a payment).
     */
    private static boolean alreadyClean(String value, int maxLength) {
        int length = value.length();
        if (length == 0 || length > maxLength || Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(length - 1))) {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }
}
