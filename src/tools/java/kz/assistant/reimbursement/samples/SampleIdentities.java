package kz.assistant.reimbursement.samples;

import java.util.OptionalInt;
import java.util.SplittableRandom;

import kz.assistant.reimbursement.identity.IdentityNumber;
import kz.assistant.reimbursement.identity.KazakhIban;
import kz.assistant.reimbursement.samples.PilotReference.AuthorizedOrganization;

/** IINs, BINs and bank details that pass the checks of docs/rules.md, drawn from a seeded stream. */
final class SampleIdentities {

    private SampleIdentities() {
    }

    record Bank(String iban, String bic) {
    }

    /** A resident legal entity's BIN: registration YYMM, type 4, then the index keeps it unique. */
    static String bin(SplittableRandom r, long index) {
        String prefix = String.format("%02d%02d40%04d", r.nextInt(24), 1 + r.nextInt(12), index % 10_000);
        return withFreeCheckDigit(prefix, r.nextInt(10));
    }

    static Bank bank(SplittableRandom r) {
        AuthorizedOrganization org = PilotReference.AUTHORIZED_ORGANIZATIONS.get(
                r.nextInt(PilotReference.AUTHORIZED_ORGANIZATIONS.size()));
        StringBuilder account = new StringBuilder(r.nextInt(100) < 30 ? "KZT" : "");
        while (account.length() < 13) {
            account.append((char) ('0' + r.nextInt(10)));
        }
        return new Bank(KazakhIban.withCheckDigits(org.bankCode(), account.toString()), org.bic());
    }

    /**
     * Completes a 10-digit prefix with an 11th digit and the check digit. The 11th digit weighs 11
     * in the first pass (nothing mod 11) and 2 in the second, so at most one of its ten values
     * leaves no check digit: trying the next one always succeeds.
     */
    static String withFreeCheckDigit(String prefix10, int preferred) {
        for (int attempt = 0; attempt < 10; attempt++) {
            String first11 = prefix10 + (preferred + attempt) % 10;
            OptionalInt check = IdentityNumber.checkDigit(first11);
            if (check.isPresent()) {
                return first11 + check.getAsInt();
            }
        }
        throw new IllegalStateException("no check digit for " + prefix10);
    }

    /** Keeps year, century and serial of a real IIN and moves the birthday to 30 February. */
    static String iinBornOnThirtiethOfFebruary(String iin) {
        String prefix = iin.substring(0, 2) + "0230" + iin.substring(6, 10);
        return withFreeCheckDigit(prefix, iin.charAt(10) - '0');
    }

    /** SplitMix64 finaliser: independent streams for every (kind, index) from one seed. */
    static long mix(long seed, long kind, long index) {
        long z = seed + kind * 0x9E3779B97F4A7C15L + (index + 1) * 0xD1B54A32D192ED03L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
