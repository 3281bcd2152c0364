package kz.assistant.reimbursement.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Kazakh IIN (individuals) and BIN (legal entities): 12 digits, the last one a check digit.
 * Only ASCII digits count: a full-width or Arabic-Indic digit in a file is a malformed number,
 * not a number to be silently normalised.
 */
public final class IdentityNumber {

    /** Why an identifier was refused; the order is the order in which checks are made. */
    public enum IdentityProblem { MALFORMED, CHECK_DIGIT, BIRTH_DATE }

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private IdentityNumber() {
    }

    /**
     * The check digit for the first 11 digits, or empty when both weightings give 10: such a
     * prefix is never issued, so no 12-digit number built on it is valid.
     *
     * @throws IllegalArgumentException unless exactly 11 ASCII digits are given
     */
    public static OptionalInt checkDigit(String first11Digits) {
        if (!allAsciiDigits(first11Digits, 11)) {
            throw new IllegalArgumentException("11 digits expected");
        }
        int check = weightedSumMod11(first11Digits, FIRST_WEIGHTS);
        if (check == 10) {
            check = weightedSumMod11(first11Digits, SECOND_WEIGHTS);
        }
        return check == 10 ? OptionalInt.empty() : OptionalInt.of(check);
    }

    /** 12 ASCII digits whose last digit is the check digit of the first 11. */
    public static boolean isValid(String twelve) {
        if (!allAsciiDigits(twelve, 12)) {
            return false;
        }
        OptionalInt check = checkDigit(twelve.substring(0, 11));
        return check.isPresent() && check.getAsInt() == twelve.charAt(11) - '0';
    }

    /**
     * Birth date encoded in an IIN: YYMMDD and the century digit (7th). Empty for an unknown
     * century digit or a date that does not exist, such as 30 February.
     */
    public static Optional<LocalDate> iinBirthDate(String iin) {
        if (!allAsciiDigits(iin, 12)) {
            return Optional.empty();
        }
        int century = switch (iin.charAt(6)) {
            case '1', '2' -> 1800;
            case '3', '4' -> 1900;
            case '5', '6' -> 2000;
            default -> -1;
        };
        if (century < 0) {
            return Optional.empty();
        }
        int year = century + Integer.parseInt(iin.substring(0, 2));
        int month = Integer.parseInt(iin.substring(2, 4));
        int day = Integer.parseInt(iin.substring(4, 6));
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException impossibleDate) {
            return Optional.empty();
        }
    }

    /**
     * A BIN carries the entity type (4, 5 or 6) in its 5th digit, where an IIN has the first digit
     * of the birth day (0-3); that is what tells a supplier's BIN from its IIN.
     */
    public static boolean isBin(String id) {
        if (!allAsciiDigits(id, 12)) {
            return false;
        }
        char type = id.charAt(4);
        return type >= '4' && type <= '6';
    }

    /** Empty when the IIN is acceptable, else the first problem found. */
    public static Optional<IdentityProblem> checkIin(String iin) {
        if (!allAsciiDigits(iin, 12)) {
            return Optional.of(IdentityProblem.MALFORMED);
        }
        if (!isValid(iin)) {
            return Optional.of(IdentityProblem.CHECK_DIGIT);
        }
        if (iinBirthDate(iin).isEmpty()) {
            return Optional.of(IdentityProblem.BIRTH_DATE);
        }
        return Optional.empty();
    }

    /** Empty when the BIN is acceptable; a number without a BIN type digit is malformed. */
    public static Optional<IdentityProblem> checkBin(String bin) {
        if (!isBin(bin)) {
            return Optional.of(IdentityProblem.MALFORMED);
        }
        if (!isValid(bin)) {
            return Optional.of(IdentityProblem.CHECK_DIGIT);
        }
        return Optional.empty();
    }

    /** A supplier is an NGO (BIN) or a person (IIN); the 5th digit says which rules apply. */
    public static Optional<IdentityProblem> checkIinOrBin(String id) {
        return isBin(id) ? checkBin(id) : checkIin(id);
    }

    private static int weightedSumMod11(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 11;
    }

    static boolean allAsciiDigits(String s, int length) {
        if (s == null || s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
