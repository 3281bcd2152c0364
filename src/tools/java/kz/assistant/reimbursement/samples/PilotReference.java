package kz.assistant.reimbursement.samples;

import java.util.List;
import java.util.Optional;

/**
 * The pilot's MIOs and the authorized organizations as the sample data knows them. They mirror
 * {@code sample-data/reference/mio.csv} and {@code authorized-organizations.csv} so the generator
 * runs from the jar without a reference folder; a test keeps the two in step.
 */
public final class PilotReference {

    /** An MIO with the districts its acts come from. */
    public record Mio(String bin, String name, String oblast, String region, List<String> districts) {
    }

    public record AuthorizedOrganization(String bic, String bankCode, String name) {
    }

    public static final List<Mio> MIOS = List.of(
            new Mio("070340000111", "ГУ «Управление занятости и социальных программ города Астаны»",
                    "г. Астана", "г. Астана",
                    List.of("район Алматы", "район Байконур", "район Есиль", "район Сарыарка", "район Нура")),
            new Mio("081240000221", "КГУ «Управление занятости и социальных программ города Алматы»",
                    "г. Алматы", "г. Алматы",
                    List.of("Алатауский район", "Алмалинский район", "Ауэзовский район", "Бостандыкский район",
                            "Жетысуский район", "Медеуский район", "Наурызбайский район", "Турксибский район")),
            new Mio("100540000315", "ГУ «Управление занятости и социальных программ Акмолинской области»",
                    "Акмолинская область", "г. Кокшетау",
                    List.of("г. Кокшетау", "г. Степногорск", "Аршалынский район", "Бурабайский район",
                            "Целиноградский район", "Шортандинский район", "Зерендинский район", "Аккольский район")));

    public static final List<AuthorizedOrganization> AUTHORIZED_ORGANIZATIONS = List.of(
            new AuthorizedOrganization("HSBKKZKX", "601", "АО «Народный Банк Казахстана»"),
            new AuthorizedOrganization("CASPKZKA", "722", "АО «Kaspi Bank»"),
            new AuthorizedOrganization("KCJBKZKX", "856", "АО «Банк ЦентрКредит»"),
            new AuthorizedOrganization("EURIKZKA", "948", "АО «Евразийский Банк»"),
            new AuthorizedOrganization("KPSTKZKA", "563", "АО «Казпочта»"),
            new AuthorizedOrganization("TSESKZKA", "998", "АО «First Heartland Jusan Bank»"),
            new AuthorizedOrganization("IRTYKZKA", "965", "АО «ForteBank»"),
            new AuthorizedOrganization("BRKEKZKA", "914", "АО «Bereke Bank»"),
            new AuthorizedOrganization("KSNVKZKA", "551", "АО «Freedom Bank Kazakhstan»"),
            new AuthorizedOrganization("NURSKZKX", "849", "АО «Нурбанк»"));

    private PilotReference() {
    }

    public static Optional<AuthorizedOrganization> byBankCode(String bankCode) {
        return AUTHORIZED_ORGANIZATIONS.stream().filter(o -> o.bankCode().equals(bankCode)).findFirst();
    }
}
