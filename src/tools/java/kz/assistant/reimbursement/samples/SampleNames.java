package kz.assistant.reimbursement.samples;

import java.util.SplittableRandom;

/** Names that read as the pilot's people and NGOs: Kazakh and Russian, in both genders. */
final class SampleNames {

    private SampleNames() {
    }

    static String name(SplittableRandom r, boolean female) {
        boolean kazakh = r.nextInt(100) < 65;
        String[][] surnames = kazakh ? KAZAKH_SURNAMES : RUSSIAN_SURNAMES;
        String[] surname = surnames[r.nextInt(surnames.length)];
        String first = pick(r, female
                ? (kazakh ? KAZAKH_FEMALE : RUSSIAN_FEMALE)
                : (kazakh ? KAZAKH_MALE : RUSSIAN_MALE));
        String[] father = (kazakh ? KAZAKH_PATRONYMICS : RUSSIAN_PATRONYMICS)[r.nextInt(
                (kazakh ? KAZAKH_PATRONYMICS : RUSSIAN_PATRONYMICS).length)];
        String family = surname[female ? 1 : 0];
        return switch (r.nextInt(4)) {
            case 0 -> first + " " + family;
            case 1 -> family + " " + first;
            default -> family + " " + first + " " + father[female ? 1 : 0];
        };
    }

    static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static final String[][] KAZAKH_SURNAMES = {
            {"Садыков", "Садыкова"}, {"Нурланов", "Нурланова"}, {"Ахметов", "Ахметова"},
            {"Жумабаев", "Жумабаева"}, {"Касымов", "Касымова"}, {"Омаров", "Омарова"},
            {"Искаков", "Искакова"}, {"Абенов", "Абенова"}, {"Сейткали", "Сейткали"},
            {"Тулегенов", "Тулегенова"}, {"Бекмуханов", "Бекмуханова"}, {"Есенов", "Есенова"},
            {"Калиев", "Калиева"}, {"Мухамеджанов", "Мухамеджанова"}, {"Жаксылыков", "Жаксылыкова"},
            {"Серикбаев", "Серикбаева"}, {"Оспанов", "Оспанова"}, {"Байжанов", "Байжанова"}};
    private static final String[][] RUSSIAN_SURNAMES = {
            {"Иванов", "Иванова"}, {"Петров", "Петрова"}, {"Смирнов", "Смирнова"}, {"Кузнецов", "Кузнецова"},
            {"Попов", "Попова"}, {"Соколов", "Соколова"}, {"Ким", "Ким"}, {"Шевченко", "Шевченко"},
            {"Волков", "Волкова"}, {"Морозов", "Морозова"}, {"Новиков", "Новикова"}, {"Федоров", "Федорова"}};
    private static final String[] KAZAKH_MALE = {"Ержан", "Нурлан", "Асхат", "Данияр", "Арман", "Бауыржан",
            "Серик", "Марат", "Ерлан", "Айдос", "Тимур", "Руслан", "Нұрсұлтан", "Жандос", "Қайрат"};
    private static final String[] KAZAKH_FEMALE = {"Айгерим", "Динара", "Гульнара", "Асель", "Жанар", "Сауле",
            "Айжан", "Мадина", "Камила", "Әсем", "Жұлдыз", "Гүлмира", "Ботагоз", "Назерке"};
    private static final String[] RUSSIAN_MALE = {"Иван", "Сергей", "Алексей", "Дмитрий", "Андрей",
            "Николай", "Владимир", "Олег", "Павел", "Виктор"};
    private static final String[] RUSSIAN_FEMALE = {"Ольга", "Наталья", "Елена", "Татьяна", "Ирина",
            "Светлана", "Людмила", "Анна", "Марина", "Валентина"};
    private static final String[][] KAZAKH_PATRONYMICS = {
            {"Ержанович", "Ержановна"}, {"Нурланович", "Нурлановна"}, {"Маратович", "Маратовна"},
            {"Серикович", "Сериковна"}, {"Болатұлы", "Болатқызы"}, {"Кайратович", "Кайратовна"},
            {"Асқарұлы", "Асқарқызы"}, {"Бауыржанович", "Бауыржановна"}};
    private static final String[][] RUSSIAN_PATRONYMICS = {
            {"Иванович", "Ивановна"}, {"Сергеевич", "Сергеевна"}, {"Петрович", "Петровна"},
            {"Николаевич", "Николаевна"}, {"Александрович", "Александровна"}, {"Викторович", "Викторовна"}};
    static final String[] NGO_NAMES = {"Мейірім", "Забота", "Қамқорлық", "Шапағат", "Доброе сердце",
            "Жәрдем", "Надежда", "Рука помощи", "Ақ ниет", "Милосердие", "Бірлік", "Жанұя", "Сенім", "Опора"};
}
