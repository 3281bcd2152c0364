package kz.assistant.reimbursement.payments;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The pain.001.001.03 schema (src/main/resources/iso20022): a register leaves only if it is valid. */
final class Pain001Schema {

    private static final Schema SCHEMA = load();

    private Pain001Schema() {
    }

    /** @throws InvalidPaymentRegisterException naming the line and the schema's complaint */
    static void validate(Path file, String registerName) throws IOException {
        Validator validator = SCHEMA.newValidator();
        try {
            validator.validate(new StreamSource(file.toFile()));
        } catch (SAXParseException e) {
            throw new InvalidPaymentRegisterException(registerName + " is not valid pain.001.001.03 (line " + e.getLineNumber()
                    + "): " + e.getMessage() + "; the register was not released", e);
        } catch (SAXException e) {
            throw new InvalidPaymentRegisterException(registerName + " is not valid pain.001.001.03: " + e.getMessage()
                    + "; the register was not released", e);
        }
    }

    private static Schema load() {
        URL xsd = Pain001Schema.class.getResource("/iso20022/pain.001.001.03.xsd");
        if (xsd == null) {
            throw new IllegalStateException("iso20022/pain.001.001.03.xsd is missing from the classpath");
        }
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("The pain.001.001.03 schema cannot be read", e);
        }
    }
}
