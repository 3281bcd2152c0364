package kz.assistant.reimbursement.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import kz.assistant.reimbursement.bankservice.BankServiceReportSpreadsheet;
import kz.assistant.reimbursement.fundingneed.FundingRequestSpreadsheet;
import kz.assistant.reimbursement.reconciliation.ReconciliationActSpreadsheet;
import kz.assistant.reimbursement.reference.MioNames.MioName;
import kz.assistant.reimbursement.reimbursementlist.ContributionsSpreadsheet;
import kz.assistant.reimbursement.reimbursementlist.ReimbursementListSpreadsheet;
import kz.assistant.reimbursement.returns.ReturnRefundsSpreadsheet;
import kz.assistant.reimbursement.spreadsheet.FormLanguage;
import kz.assistant.reimbursement.system.HomeFolder;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Each per-MIO form, in Russian and in Kazakh, read back with POI: the title, the key lines, the
 * heading rows with their merged cells and the row of column numbers, cell by cell, against the
 * text of the order's appendix typed here (Russian) and its translation listed in
 * docs/kazakh-terms.md (Kazakh). The data come from elsewhere (the jobs' integration tests): here the
 * database gives no rows.
 */
class AppendixFormsTests {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final MioName MIO = new MioName("100540000315",
            "ГУ «Управление занятости и социальных программ Акмолинской области»");
    private static final String STATE_CORPORATION = "НАО \"Государственная корпорация \"Правительство для граждан\"";
    private static final String STATE_CORPORATION_KK = "\"Азаматтарға арналған үкімет\" мемлекеттік корпорациясы\" КеАҚ";

    @TempDir
    Path outbox;

    // ---- Appendix 1

    @Test
    void listByActsIsAppendixOneWithItsEighteenColumnsAndTheGroupOverSixteenToEighteen() throws Exception {
        Path file = write(ReimbursementListSpreadsheet::new, FormLanguage.RU, "reimbursement-list");
        List<String> top = new ArrayList<>(List.of("№", "Область", "Регион", "ИИН ЛСИ", "ФИО ЛСИ",
                "БИН НПО/ ИИН ИП/ поставщика", "Наименование НПО/ИП/ ФИО поставщика", "ИИН помощника", "ФИО помощника",
                "Номер заказа", "Номер решения", "Номер акта", "Дата поступления акта", "Месяц акта",
                "Гарантированная сумма, тенге", "из них сумма", "", ""));
        List<String> bottom = new ArrayList<>(Collections.nCopies(15, ""));
        bottom.addAll(List.of("поставщику, тенге", "на обязательные пенсионные взносы (ОПВ), тенге",
                "на обязательное социальное медицинское страхование (ОСМС), тенге"));
        assertForm(file, "Список по актам",
                List.of("Приложение 1 к Алгоритму взаимодействия", "Форма",
                        "Список по актам выполненных работ на выплату возмещения стоимости услуг индивидуального помощника через Государственную корпорацию",
                        "Подразделение: " + MIO.name() + " (" + MIO.bin() + ")",
                        "Месяц на выплату: март 2026"),
                List.of(top, bottom), 15);
        assertThat(texts(file)).contains("ИТОГО", "* ЛСИ - лицо с инвалидностью");
        try (XSSFWorkbook book = read(file)) {
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Дни и часы по актам");
            assertThat(cells(book.getSheetAt(1).getRow(2))).containsExactly("№ строки списка", "Номер акта", "ИИН помощника",
                    "Месяц акта", "Количество дней оказания услуг", "Количество часов");
        }
    }

    @Test
    void listByActsInKazakhHasTheSameColumnsTranslated() throws Exception {
        Path file = write(ReimbursementListSpreadsheet::new, FormLanguage.KK, "reimbursement-list");
        List<String> top = new ArrayList<>(List.of("№", "Облыс", "Өңір", "МБА ЖСН", "МБА ТАӘ",
                "ҮЕҰ БСН/ ЖК ЖСН/ жеткізушінің ЖСН", "ҮЕҰ/ЖК атауы/ жеткізушінің ТАӘ", "Көмекшінің ЖСН", "Көмекшінің ТАӘ",
                "Тапсырыс нөмірі", "Шешім нөмірі", "Акт нөмірі", "Актінің түскен күні", "Акт айы",
                "Кепілдендірілген сома, теңге", "оның ішінде сома", "", ""));
        List<String> bottom = new ArrayList<>(Collections.nCopies(15, ""));
        bottom.addAll(List.of("жеткізушіге, теңге", "міндетті зейнетақы жарналарына (МЗЖ), теңге",
                "міндетті әлеуметтік медициналық сақтандыруға (МӘМС), теңге"));
        assertForm(file, "Актілер бойынша тізім",
                List.of("Өзара іс-қимыл алгоритміне 1-қосымша", "Нысан",
                        "Мемлекеттік корпорация арқылы жеке көмекшінің қызметтерінің құнын өтеуді төлеуге орындалған жұмыстар актілері бойынша тізім",
                        "Бөлімше: " + MIO.name() + " (" + MIO.bin() + ")",
                        "Төлем айы: 2026 жылғы наурыз"),
                List.of(top, bottom), 15);
        assertThat(texts(file)).contains("ЖИЫНЫ", "* МБА - мүгедектігі бар адам");
    }

    // ---- Appendix 3

    @Test
    void reconciliationActIsAppendixThreeWithTheMioSigningFirst() throws Exception {
        Path file = write(ReconciliationActSpreadsheet::new, FormLanguage.RU, "reconciliation-act");
        assertForm(file, "Акт сверки",
                List.of("Приложение 3 к Алгоритму взаимодействия", "Форма",
                        "Акт сверки о поступивших суммах на выплату возмещения стоимости услуги индивидуального помощника между "
                                + STATE_CORPORATION + " и",
                        MIO.name(), "(наименование МИО)", "Отчетный период март 2026 года"),
                List.of(List.of("Код строки", "Бизнес-идентификационный номер МИО", "Наименование МИО",
                        "№ платежного поручения о поступивших суммах возмещения",
                        "Дата платежного поручения о поступивших суммах возмещения", "Сумма, тенге")), 0);
        List<String> footer = texts(file);
        String person = "(фамилия, имя, отчество (при его наличии), должность и подпись ответственного лица)";
        assertThat(footer).containsSubsequence("Всего:", "Всего прописью: Ноль тенге 00 тиын",
                MIO.name(), "(наименование МИО)", person, STATE_CORPORATION, person);
    }

    @Test
    void reconciliationActInKazakh() throws Exception {
        Path file = write(ReconciliationActSpreadsheet::new, FormLanguage.KK, "reconciliation-act");
        assertForm(file, "Салыстыру актісі",
                List.of("Өзара іс-қимыл алгоритміне 3-қосымша", "Нысан", STATE_CORPORATION_KK + " мен", MIO.name(),
                        "арасындағы жеке көмекшінің қызметтерінің құнын өтеуді төлеуге түскен сомалар туралы салыстыру актісі",
                        "(ЖАО атауы)", "Есепті кезең: 2026 жылғы наурыз"),
                List.of(List.of("Жол коды", "ЖАО бизнес-сәйкестендіру нөмірі", "ЖАО атауы",
                        "Түскен өтеу сомалары туралы төлем тапсырмасының №",
                        "Түскен өтеу сомалары туралы төлем тапсырмасының күні", "Сомасы, теңге")), 0);
        String person = "(жауапты тұлғаның тегі, аты, әкесінің аты (бар болса), лауазымы және қолы)";
        assertThat(texts(file)).containsSubsequence("Барлығы:", "Барлығы жазумен: Нөл теңге 00 тиын",
                MIO.name(), "(ЖАО атауы)", person, STATE_CORPORATION_KK, person);
    }

    // ---- Appendix 4

    @Test
    void bankServiceReportIsAppendixFourWithItsTwoLevelHeading() throws Exception {
        Path file = write(BankServiceReportSpreadsheet::new, FormLanguage.RU, "bank-service-report");
        assertForm(file, "Сведения по возмещению",
                List.of("Приложение 4 к Алгоритму взаимодействия", "Форма",
                        "Сведения по произведенным суммам возмещения стоимости услуг индивидуального помощника в разрезе уполномоченной организации по",
                        MIO.name(), "(наименование МИО)", "Отчетный период март 2026 года"),
                List.of(List.of("№ п/п", "Наименование уполномоченной организации",
                                "Перечислено " + STATE_CORPORATION, "", "Возвращено уполномоченной организации", "",
                                "Выплачено " + STATE_CORPORATION, ""),
                        List.of("", "", "количество получателей", "сумма тенге", "количество получателей", "сумма тенге",
                                "количество получателей", "сумма тенге")), 2);
        assertThat(texts(file)).containsSubsequence("ИТОГО", STATE_CORPORATION,
                "(фамилия, имя, отчество (при его наличии), должность и подпись ответственного лица)");
    }

    @Test
    void bankServiceReportInKazakh() throws Exception {
        Path file = write(BankServiceReportSpreadsheet::new, FormLanguage.KK, "bank-service-report");
        assertForm(file, "Өтеу туралы мәліметтер",
                List.of("Өзара іс-қимыл алгоритміне 4-қосымша", "Нысан", MIO.name(),
                        "бойынша уәкілетті ұйым бөлінісінде жеке көмекшінің қызметтерінің құнын өтеудің жүргізілген сомалары туралы мәліметтер",
                        "(ЖАО атауы)", "Есепті кезең: 2026 жылғы наурыз"),
                List.of(List.of("Р/с №", "Уәкілетті ұйымның атауы", STATE_CORPORATION_KK + " аударды", "",
                                "Уәкілетті ұйым қайтарды", "", STATE_CORPORATION_KK + " төледі", ""),
                        List.of("", "", "алушылар саны", "сомасы, теңге", "алушылар саны", "сомасы, теңге", "алушылар саны",
                                "сомасы, теңге")), 2);
    }

    // ---- the forms no appendix prescribes, laid out as the appendices are

    @Test
    void contributionsList() throws Exception {
        Path file = write(ContributionsSpreadsheet::new, FormLanguage.RU, "contributions");
        assertForm(file, "ОПВ ОСМС СО",
                List.of("Список для перечисления обязательных пенсионных взносов, взносов на обязательное социальное медицинское страхование и социальных отчислений за индивидуальных помощников",
                        "Подразделение: " + MIO.name() + " (БИН " + MIO.bin() + ")", "Месяц на выплату: март 2026",
                        "ОПВ и ОСМС перечисляются в пределах гарантированной суммы (п.4), СО - сверх гарантированной суммы (п.5)"),
                List.of(List.of("№", "ИИН помощника", "ФИО помощника", "Месяц оказания услуг", "Количество актов",
                        "Гарантированная сумма, тенге", "ОПВ (10 %), тенге", "ОСМС (2 %), тенге", "Объект исчисления СО, тенге",
                        "СО за месяц, тенге", "СО к перечислению, тенге")), 0);
        assertThat(texts(file)).containsSubsequence("ИТОГО", "ОПВ прописью: Ноль тенге 00 тиын",
                "Руководитель ____________________ (Ф.И.О.)", "Главный бухгалтер ____________________ (Ф.И.О.)");
    }

    @Test
    void contributionsListInKazakh() throws Exception {
        Path file = write(ContributionsSpreadsheet::new, FormLanguage.KK, "contributions");
        assertForm(file, "МЗЖ МӘМС ӘА",
                List.of("Жеке көмекшілер үшін міндетті зейнетақы жарналарын, міндетті әлеуметтік медициналық сақтандыруға жарналарды және әлеуметтік аударымдарды аударуға арналған тізім",
                        "Бөлімше: " + MIO.name() + " (БСН " + MIO.bin() + ")", "Төлем айы: 2026 жылғы наурыз",
                        "МЗЖ мен МӘМС кепілдендірілген сома шегінде (4-тармақ), ӘА кепілдендірілген сомадан тыс (5-тармақ) аударылады"),
                List.of(List.of("№", "Көмекшінің ЖСН", "Көмекшінің ТАӘ", "Қызмет көрсетілген ай", "Актілер саны",
                        "Кепілдендірілген сома, теңге", "МЗЖ (10 %), теңге", "МӘМС (2 %), теңге", "ӘА есептеу объектісі, теңге",
                        "Айдағы ӘА, теңге", "Аударылатын ӘА, теңге")), 0);
        assertThat(texts(file)).contains("МЗЖ жазумен: Нөл теңге 00 тиын");
    }

    @Test
    void fundingRequest() throws Exception {
        Path file = write(FundingRequestSpreadsheet::new, FormLanguage.RU, "funding-request");
        assertForm(file, "Заявка",
                List.of("Заявка о сумме потребности в бюджетных средствах на возмещение стоимости услуг индивидуального помощника",
                        "Кому: " + MIO.name() + " (БИН " + MIO.bin() + ")", "От: " + STATE_CORPORATION, "Месяц на выплату: март 2026",
                        "Дата формирования заявки: 16.03.2026",
                        "Срок перечисления средств: не позднее 18.03.2026 (в течение двух рабочих дней, п.15)"),
                List.of(List.of("№", "Период оказания услуг (месяц)", "Количество записей", "Гарантированная сумма, тенге",
                        "ОПВ и ОСМС (перечисляются МИО самостоятельно), тенге", "Сумма потребности к перечислению, тенге")), 0);
        assertThat(texts(file)).contains("Сумма потребности: 1 500 000,50 тенге (Один миллион пятьсот тысяч тенге 50 тиын)");
    }

    @Test
    void fundingRequestInKazakh() throws Exception {
        Path file = write(FundingRequestSpreadsheet::new, FormLanguage.KK, "funding-request");
        assertForm(file, "Өтінім",
                List.of("Жеке көмекшінің қызметтерінің құнын өтеуге бюджет қаражатына қажеттілік сомасы туралы өтінім",
                        "Кімге: " + MIO.name() + " (БСН " + MIO.bin() + ")", "Кімнен: " + STATE_CORPORATION_KK,
                        "Төлем айы: 2026 жылғы наурыз", "Өтінімнің қалыптастырылған күні: 16.03.2026",
                        "Қаражатты аудару мерзімі: 18.03.2026 кешіктірмей (екі жұмыс күні ішінде, 15-тармақ)"),
                List.of(List.of("№", "Қызмет көрсету кезеңі (ай)", "Жазбалар саны", "Кепілдендірілген сома, теңге",
                        "МЗЖ және МӘМС (ЖАО өзі аударады), теңге", "Аударылатын қажеттілік сомасы, теңге")), 0);
        assertThat(texts(file)).contains("Қажеттілік сомасы: 1 500 000,50 теңге (Миллион бес жүз мың теңге 50 тиын)");
    }

    @Test
    void refundsToTheMio() throws Exception {
        Path file = write(ReturnRefundsSpreadsheet::new, FormLanguage.RU, "return-refunds");
        assertForm(file, "Возврат в МИО",
                List.of("Реестр сумм возврата, не перечисленных повторно получателям, подлежащих возврату в местный исполнительный орган (п.20 Алгоритма взаимодействия)",
                        "МИО: " + MIO.name() + " (БИН " + MIO.bin() + ")", "Месяц на выплату: март 2026"),
                List.of(List.of("№", "Номер записи", "Номер акта", "БИН НПО/ ИИН ИП/ поставщика",
                        "Наименование НПО/ИП/ ФИО поставщика", "Сумма возврата, тенге", "Дата возврата банком", "Причина возврата",
                        "Дата возврата в МИО")), 0);
        assertThat(texts(file)).contains("Итого к возврату в МИО прописью: Ноль тенге 00 тиын");
    }

    @Test
    void refundsToTheMioInKazakh() throws Exception {
        Path file = write(ReturnRefundsSpreadsheet::new, FormLanguage.KK, "return-refunds");
        assertForm(file, "ЖАО-ға қайтару",
                List.of("Алушыларға қайта аударылмаған, жергілікті атқарушы органға қайтарылуға жататын қайтару сомаларының тізілімі (Өзара іс-қимыл алгоритмінің 20-тармағы)",
                        "ЖАО: " + MIO.name() + " (БСН " + MIO.bin() + ")", "Төлем айы: 2026 жылғы наурыз"),
                List.of(List.of("№", "Жазба нөмірі", "Акт нөмірі", "ҮЕҰ БСН/ ЖК ЖСН/ жеткізушінің ЖСН",
                        "ҮЕҰ/ЖК атауы/ жеткізушінің ТАӘ", "Қайтару сомасы, теңге", "Банктің қайтарған күні", "Қайтару себебі",
                        "ЖАО-ға қайтарылған күні")), 0);
    }

    // ---- helpers

    /** Writes the form for {@link #MIO} in one language, the database giving no rows. */
    @SuppressWarnings("unchecked")
    private Path write(Function<PerMioSpreadsheet.Context, PerMioSpreadsheet> form, FormLanguage language, String prefix)
            throws Exception {
        HomeFolder home = mock(HomeFolder.class);
        when(home.outbox(any())).thenReturn(outbox);
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        // The funding request's own line: formed 16 March, due 18 March, 1 500 000.50 tenge.
        when(jdbc.queryForObject(anyString(), any(RowMapper.class), any(Object[].class))).thenAnswer(call -> {
            ResultSet rs = mock(ResultSet.class);
            when(rs.getObject(1, LocalDate.class)).thenReturn(LocalDate.of(2026, 3, 16));
            when(rs.getObject(2, LocalDate.class)).thenReturn(LocalDate.of(2026, 3, 18));
            when(rs.getBigDecimal(3)).thenReturn(new BigDecimal("1500000.50"));
            return ((RowMapper<Object>) call.getArgument(1)).mapRow(rs, 0);
        });
        form.apply(new PerMioSpreadsheet.Context(MARCH, home, jdbc, List.of(language))).write(MIO);
        Path file = outbox.resolve(prefix + "_" + MIO.bin() + language.fileSuffix() + ".xlsx");
        assertThat(file).exists();
        return file;
    }

    /**
     * The first sheet's name, its lines above the table (title and key lines, each merged across the
     * table), the heading rows cell by cell, their merged cells, and the row numbering the columns 1..n.
     *
     * @param spanningColumns how many columns of a two-row heading stand alone, merged down both rows
     *                        (0 for a one-row heading)
     */
    private static void assertForm(Path file, String sheetName, List<String> linesAbove, List<List<String>> headingRows,
                                   int spanningColumns) throws IOException {
        try (XSSFWorkbook book = read(file)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo(sheetName);
            int columns = headingRows.get(0).size();
            for (int i = 0; i < linesAbove.size(); i++) {
                assertThat(sheet.getRow(i).getCell(0).getStringCellValue()).as("line %d above the table", i + 1)
                        .isEqualTo(linesAbove.get(i));
                assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(i, i, 0, columns - 1));
            }
            int first = linesAbove.size() + 1;
            for (int r = 0; r < headingRows.size(); r++) {
                assertThat(cells(sheet.getRow(first + r))).as("heading row %d", r + 1).containsExactlyElementsOf(headingRows.get(r));
            }
            if (headingRows.size() == 2) {
                for (int c = 0; c < spanningColumns; c++) {
                    assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(first, first + 1, c, c));
                }
                List<String> top = headingRows.get(0);
                for (int c = spanningColumns; c < columns; ) {
                    int end = c + 1;
                    while (end < columns && top.get(end).isEmpty()) {
                        end++;
                    }
                    assertThat(sheet.getMergedRegions()).as("group heading over columns %d-%d", c + 1, end)
                            .contains(new CellRangeAddress(first, first, c, end - 1));
                    c = end;
                }
            }
            Row numbers = sheet.getRow(first + headingRows.size());
            for (int c = 0; c < columns; c++) {
                assertThat(numbers.getCell(c).getNumericCellValue()).isEqualTo(c + 1);
            }
            assertThat(numbers.getLastCellNum()).isEqualTo((short) columns);
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:" + (first + headingRows.size() + 1)));
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue());
        }
        return cells;
    }

    /** Every text cell of the first sheet, in order. */
    private static List<String> texts(Path file) throws IOException {
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook book = read(file)) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        }
        return texts;
    }

    private static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
