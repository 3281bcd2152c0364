package kz.assistant.reimbursement.identity;

import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.validator.routines.IBANValidator;
import org.apache.commons.validator.routines.checkdigit.CheckDigitException;
import org.apache.commons.validator.routines.checkdigit.IBANCheckDigit;

/**
 * Kazakh IBAN: {@code KZ}, 2 check digits, 3-digit bank code, 13 account characters (20 in all).
 * The mod-97 arithmetic is Commons Validator's, whose KZ entry has the same layout; this class only
 * tells a malformed IBAN from one with wrong check digits, because the rejection reason differs.
 */
public final class KazakhIban {

    public enum IbanProblem { MALFORMED, CHECK_DIGITS }

    private static final Pattern LAYOUT = Pattern.compile("KZ\\d{5}[A-Z0-9]{13}");
    private static final Pattern BANK_CODE = Pattern.compile("\\d{3}");
    private static final Pattern ACCOUNT = Pattern.compile("[A-Z0-9]{13}");
    private static final IBANValidator VALIDATOR = IBANValidator.getInstance();

    private KazakhIban() {
    }

    /** Empty when the IBAN is a valid Kazakh IBAN; spaces or lower case count as malformed. */
    public static Optional<IbanProblem> check(String iban) {
        if (iban == null || !LAYOUT.matcher(iban).matches()) {
            return Optional.of(IbanProblem.MALFORMED);
        }
        return VALIDATOR.isValid(iban) ? Optional.empty() : Optional.of(IbanProblem.CHECK_DIGITS);
    }

    /**
     * The bank code that names the authorized organization.
     *
     * @throws IllegalArgumentException for a malformed IBAN, whose 5th-7th characters mean nothing
     */
    public static String bankCode(String iban) {
        if (iban == null || !LAYOUT.matcher(iban).matches()) {
            throw new IllegalArgumentException("not a Kazakh IBAN layout");
        }
        return iban.substring(4, 7);
    }

    /** A valid IBAN for a bank code and a 13-character account. */
    public static String withCheckDigits(String bankCode3, String account13) {
        if (bankCode3 == null || !BANK_CODE.matcher(bankCode3).matches()) {
            throw new IllegalArgumentException("bank code must be 3 digits");
        }
        if (account13 == null || !ACCOUNT.matcher(account13).matches()) {
            throw new IllegalArgumentException("account must be 13 characters A-Z or 0-9");
        }
        String bban = bankCode3 + account13;
        try {
            return "KZ" + IBANCheckDigit.IBAN_CHECK_DIGIT.calculate("KZ00" + bban) + bban;
        } catch (CheckDigitException e) {
            throw new IllegalStateException("IBAN check digits could not be computed", e);
        }
    }
}
