package kz.assistant.reimbursement.payments;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The codes of a Kazakh payment order per kind of supplier (payment_code, reference data): the
 * beneficiary code (Кбе: residence and sector of the economy) and the payment purpose code (КНП).
 * Read once per register-writing step.
 */
public final class PaymentCodes {

    /** The Кбе and КНП a payment to one kind of supplier carries. */
    public record Codes(String kbe, String knp) {
    }

    private final Map<SupplierKind, Codes> byKind;

    private PaymentCodes(Map<SupplierKind, Codes> byKind) {
        this.byKind = byKind;
    }

    public static PaymentCodes load(JdbcTemplate jdbc) {
        Map<SupplierKind, Codes> byKind = new EnumMap<>(SupplierKind.class);
        jdbc.query("select supplier_kind, kbe, knp from payment_code",
                rs -> {
                    byKind.put(SupplierKind.valueOf(rs.getString(1)), new Codes(rs.getString(2), rs.getString(3)));
                });
        return new PaymentCodes(byKind);
    }

    public Codes of(SupplierKind kind) {
        Codes codes = byKind.get(kind);
        if (codes == null) {
            throw new IllegalStateException("No payment codes (Кбе, КНП) for suppliers of kind " + kind
                    + " in the reference data: add the row to payment-codes.csv and run reference import");
        }
        return codes;
    }
}
