package kz.assistant.reimbursement.reference;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot of the reference data a step needs in memory: a few dozen rows, read once per step so
 * that no check asks the database per act.
 *
 * @param mios            MIO BIN to name
 * @param bicByBankCode   IBAN bank code to the BIC of the authorized organization
 * @param rates           values by year
 * @param mioOblasts      MIO BIN to the oblast it serves (mio.csv)
 */
public record ReferenceData(Map<String, String> mios, Map<String, String> bicByBankCode, Map<Integer, RateYear> rates,
                            Map<String, String> mioOblasts) {

    /** Whether an act's oblast is its MIO's, compared without regard to case and spacing. */
    public boolean isOblastOfMio(String oblast, String bin) {
        String registered = mioOblasts.get(bin);
        // The exact name, as PSU sends it for almost every act, is decided without a regular expression.
        return registered != null && (registered.equals(oblast) || comparable(registered).equals(comparable(oblast)));
    }

    private static String comparable(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public boolean isKnownMio(String bin) {
        return mios.containsKey(bin);
    }

    public Optional<String> bicOf(String bankCode) {
        return Optional.ofNullable(bicByBankCode.get(bankCode));
    }

    public Optional<RateYear> rateOf(int year) {
        return Optional.ofNullable(rates.get(year));
    }
}
