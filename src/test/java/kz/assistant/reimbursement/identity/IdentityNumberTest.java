package kz.assistant.reimbursement.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

import kz.assistant.reimbursement.identity.IdentityNumber.IdentityProblem;
import org.junit.jupiter.api.Test;

class IdentityNumberTest {

    @Test
    void checkDigitIsTheWeightedSumOneToElevenModElevenWhenBelowTen() {
        // 8 5 0 1 0 1 3 0 0 1 2 x 1..11 = 8+10+0+4+0+6+21+0+0+10+22 = 81; 81 mod 11 = 4
        assertEquals(OptionalInt.of(4), IdentityNumber.checkDigit("85010130012"));
        assertTrue(IdentityNumber.isValid("850101300124"));
    }

    @Test
    void checkDigitFallsBackToTheSecondWeightsWhenTheFirstGiveTen() {
        // first  8 5 0 1 0 1 3 0 0 6 0 x 1..11 = 8+10+0+4+0+6+21+0+0+60+0 = 109; 109 mod 11 = 10
        // second x 3,4,5,6,7,8,9,10,11,1,2 = 24+20+0+6+0+8+27+0+0+6+0 = 91; 91 mod 11 = 3
        assertEquals(OptionalInt.of(3), IdentityNumber.checkDigit("85010130060"));
        assertTrue(IdentityNumber.isValid("850101300603"));
        assertFalse(IdentityNumber.isValid("850101300600"), "10 is never written as a check digit 0");
    }

    @Test
    void prefixGivingTenTwiceHasNoValidNumber() {
        // first  8 5 0 1 0 1 3 0 0 6 9 x 1..11 = 8+10+0+4+0+6+21+0+0+60+99 = 208; 208 mod 11 = 10
        // second x 3,4,5,6,7,8,9,10,11,1,2 = 24+20+0+6+0+8+27+0+0+6+18 = 109; 109 mod 11 = 10
        assertEquals(OptionalInt.empty(), IdentityNumber.checkDigit("85010130069"));
        for (int last = 0; last <= 9; last++) {
            String candidate = "85010130069" + last;
            assertFalse(IdentityNumber.isValid(candidate), candidate);
            assertEquals(Optional.of(IdentityProblem.CHECK_DIGIT), IdentityNumber.checkIin(candidate));
        }
    }

    @Test
    void checkDigitRefusesAnythingButElevenAsciiDigits() {
        assertThrows(IllegalArgumentException.class, () -> IdentityNumber.checkDigit("8501013001"));
        assertThrows(IllegalArgumentException.class, () -> IdentityNumber.checkDigit("85010130012a"));
        assertThrows(IllegalArgumentException.class, () -> IdentityNumber.checkDigit(null));
    }

    @Test
    void validIinPassesAndAnyOtherCheckDigitFails() {
        assertEquals(Optional.empty(), IdentityNumber.checkIin("850101300124"));
        assertEquals(Optional.empty(), IdentityNumber.checkIin("920615401238"));
        assertEquals(Optional.of(IdentityProblem.CHECK_DIGIT), IdentityNumber.checkIin("850101300125"));
        assertEquals(Optional.of(IdentityProblem.CHECK_DIGIT), IdentityNumber.checkIin("920615401230"));
    }

    @Test
    void iinThatIsNotTwelveAsciiDigitsIsMalformed() {
        assertEquals(Optional.of(IdentityProblem.MALFORMED), IdentityNumber.checkIin("85010130012"));
        assertEquals(Optional.of(IdentityProblem.MALFORMED), IdentityNumber.checkIin("8501013001245"));
        assertEquals(Optional.of(IdentityProblem.MALFORMED), IdentityNumber.checkIin("85010130012O"));
        assertEquals(Optional.of(IdentityProblem.MALFORMED), IdentityNumber.checkIin(" 850101300124"));
        // Arabic-Indic digits are digits to Character.isDigit but never appear in an IIN
        assertEquals(Optional.of(IdentityProblem.MALFORMED), IdentityNumber.checkIin("٨٥٠١٠١٣٠٠١٢٤"));
        assertEquals(Optional.of(IdentityProblem.MALFORMED), IdentityNumber.checkIin(null));
    }

    @Test
    void birthDateUsesTheCenturyDigit() {
        assertEquals(Optional.of(LocalDate.of(1985, 1, 1)), IdentityNumber.iinBirthDate("850101300124"));
        assertEquals(Optional.of(LocalDate.of(1992, 6, 15)), IdentityNumber.iinBirthDate("920615401238"));
        assertEquals(Optional.of(LocalDate.of(2005, 11, 12)), IdentityNumber.iinBirthDate("051112504561"));
        assertEquals(Optional.of(LocalDate.of(1805, 11, 12)), IdentityNumber.iinBirthDate("051112104561"));
        assertEquals(Optional.empty(), IdentityNumber.iinBirthDate("051112704561"));
        assertEquals(Optional.empty(), IdentityNumber.iinBirthDate("051112004561"));
    }

    @Test
    void iinWithGoodCheckDigitButImpossibleBirthDateIsRefusedForTheDate() {
        // 30 February 1999: 9 9 0 2 3 0 3 0 0 0 0 x 1..11 = 9+18+0+8+15+0+21 = 71; 71 mod 11 = 5
        assertTrue(IdentityNumber.isValid("990230300005"));
        assertEquals(Optional.empty(), IdentityNumber.iinBirthDate("990230300005"));
        assertEquals(Optional.of(IdentityProblem.BIRTH_DATE), IdentityNumber.checkIin("990230300005"));
    }

    @Test
    void fifthDigitFourToSixMarksABin() {
        // 0 7 0 3 4 0 0 0 0 1 1 x 1..11 = 0+14+0+12+20+0+0+0+0+10+11 = 67; 67 mod 11 = 1
        assertTrue(IdentityNumber.isBin("070340000111"));
        assertTrue(IdentityNumber.isBin("070350000111"));
        assertTrue(IdentityNumber.isBin("070360000111"));
        assertFalse(IdentityNumber.isBin("850101300124"));
        assertFalse(IdentityNumber.isBin("850131300124"));
        assertFalse(IdentityNumber.isBin("070370000111"));
        assertFalse(IdentityNumber.isBin("0703400001"));
    }

    @Test
    void binIsCheckedForCheckDigitAndNotForABirthDate() {
        assertEquals(Optional.empty(), IdentityNumber.checkBin("070340000111"));
        assertEquals(Optional.of(IdentityProblem.CHECK_DIGIT), IdentityNumber.checkBin("070340000112"));
        assertEquals(Optional.of(IdentityProblem.MALFORMED), IdentityNumber.checkBin("850101300124"));
        // as an IIN the same number would be born on the 40th: the BIN rules must be chosen
        assertEquals(Optional.of(IdentityProblem.BIRTH_DATE), IdentityNumber.checkIin("070340000111"));
    }

    @Test
    void supplierIdIsCheckedAsBinOrIinByItsFifthDigit() {
        assertEquals(Optional.empty(), IdentityNumber.checkIinOrBin("070340000111"));
        assertEquals(Optional.empty(), IdentityNumber.checkIinOrBin("850101300124"));
        assertEquals(Optional.of(IdentityProblem.CHECK_DIGIT), IdentityNumber.checkIinOrBin("070340000119"));
        assertEquals(Optional.of(IdentityProblem.BIRTH_DATE), IdentityNumber.checkIinOrBin("990230300005"));
        assertEquals(Optional.of(IdentityProblem.MALFORMED), IdentityNumber.checkIinOrBin("07034000011"));
    }
}
