package kz.assistant.reimbursement.reference;

import java.util.Map;
import java.util.Optional;

/**
 * A snapshot of the reference data a step needs in memory: a few dozen rows, read once per step so
 * that no check asks the database per act.
 *
 * @param mios            MIO BIN to name
 * @param bicByBankCode   IBAN bank code to the BIC of the authorized organization
 * @param rates           values by year
 */
public record ReferenceData(Map<String, String> mios, Map<String, String> bicByBankCode, Map<Integer, RateYear> rates) {

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
