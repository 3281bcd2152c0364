package kz.assistant.reimbursement.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import kz.assistant.reimbursement.identity.KazakhIban.IbanProblem;
import org.junit.jupiter.api.Test;

class KazakhIbanTest {

    @Test
    void publishedKazakhIbanIsValid() {
        // the KZ example of the SWIFT IBAN registry
        assertEquals(Optional.empty(), KazakhIban.check("KZ86125KZT5004100100"));
    }

    @Test
    void builtIbanCarriesCheckDigitsThatSatisfyMod97() {
        // BBAN then K=20 Z=35 00: 6010000000012345203500 mod 97 = 49; check digits 98 - 49 = 49
        String iban = KazakhIban.withCheckDigits("601", "0000000012345");
        assertEquals("KZ496010000000012345", iban);
        assertEquals(Optional.empty(), KazakhIban.check(iban));
        assertEquals(Optional.empty(), KazakhIban.check(KazakhIban.withCheckDigits("722", "S000012345678")));
    }

    @Test
    void changedCheckDigitsOrAccountFailTheCheckDigits() {
        assertEquals(Optional.of(IbanProblem.CHECK_DIGITS), KazakhIban.check("KZ486010000000012345"));
        assertEquals(Optional.of(IbanProblem.CHECK_DIGITS), KazakhIban.check("KZ496010000000012354"));
        assertEquals(Optional.of(IbanProblem.CHECK_DIGITS), KazakhIban.check("KZ497220000000012345"));
    }

    @Test
    void otherCountryIsMalformedEvenWithGoodCheckDigits() {
        // a valid German IBAN: right arithmetic, wrong country for a Kazakh supplier
        assertEquals(Optional.of(IbanProblem.MALFORMED), KazakhIban.check("DE89370400440532013000"));
        assertEquals(Optional.of(IbanProblem.MALFORMED), KazakhIban.check("RU496010000000012345"));
    }

    @Test
    void wrongLengthOrCharactersAreMalformed() {
        assertEquals(Optional.of(IbanProblem.MALFORMED), KazakhIban.check("KZ49601000000001234"));
        assertEquals(Optional.of(IbanProblem.MALFORMED), KazakhIban.check("KZ4960100000000123456"));
        assertEquals(Optional.of(IbanProblem.MALFORMED), KazakhIban.check("kz496010000000012345"));
        assertEquals(Optional.of(IbanProblem.MALFORMED), KazakhIban.check("KZ49 6010 0000 0001 2345"));
        assertEquals(Optional.of(IbanProblem.MALFORMED), KazakhIban.check("KZ49A010000000012345"));
        assertEquals(Optional.of(IbanProblem.MALFORMED), KazakhIban.check(""));
        assertEquals(Optional.of(IbanProblem.MALFORMED), KazakhIban.check(null));
    }

    @Test
    void bankCodeIsTheThreeDigitsAfterTheCheckDigits() {
        assertEquals("125", KazakhIban.bankCode("KZ86125KZT5004100100"));
        assertEquals("601", KazakhIban.bankCode("KZ496010000000012345"));
        assertThrows(IllegalArgumentException.class, () -> KazakhIban.bankCode("KZ49"));
    }

    @Test
    void ibanCannotBeBuiltFromABadBankCodeOrAccount() {
        assertThrows(IllegalArgumentException.class, () -> KazakhIban.withCheckDigits("60", "0000000012345"));
        assertThrows(IllegalArgumentException.class, () -> KazakhIban.withCheckDigits("601", "000000001234"));
        assertThrows(IllegalArgumentException.class, () -> KazakhIban.withCheckDigits("601", "000000001234x"));
    }
}
