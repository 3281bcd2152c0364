package kz.assistant.reimbursement.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void iinKeepsFirstFourAndLastTwoDigits() {
        assertEquals("8501******23", PersonalData.maskId("850101300123"));
    }

    @Test
    void idTooShortToMaskIsHiddenCompletely() {
        assertEquals("****", PersonalData.maskId(null));
        assertEquals("****", PersonalData.maskId("85010"));
        assertEquals("****", PersonalData.maskId("8501012"));
    }

    @Test
    void ibanKeepsCountryCheckDigitsAndLastFour() {
        assertEquals("KZ12************3456", PersonalData.maskIban("KZ12601A000000003456"));
        assertEquals("****", PersonalData.maskIban(null));
        assertEquals("****", PersonalData.maskIban("KZ123456"));
    }

    @Test
    void nameKeepsTheFirstLetterOfEachWord() {
        assertEquals("И***** И***", PersonalData.maskName("Иванов Иван"));
        assertEquals("С******* А******", PersonalData.maskName("Садыкова Айгерим"));
        assertEquals("Т** \"М******\"", PersonalData.maskName("ТОО \"Мейірім\""));
        assertEquals("****", PersonalData.maskName(null));
    }
}
