package kz.assistant.reimbursement.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormSpreadsheetTest {

    private static final List<FormColumn> COLUMNS = List.of(
            FormColumn.integer("№ п/п", 5),
            FormColumn.text("Ф.И.О. ассистента", 24),
            FormColumn.date("Дата поступления акта", 12),
            FormColumn.month("Месяц акта", 9),
            FormColumn.decimal2("Часы", 8),
            FormColumn.money("Сумма к возмещению, тенге", 16));

    // Title 2 lines, header lines 2, a blank row, column headings, numbered row.
    private static final int HEADINGS_ROW = 5;
    private static final int NUMBERS_ROW = 6;
    private static final int FIRST_DATA_ROW = 7;

    @TempDir
    Path dir;

    @Test
    void writesAmountsDatesAndTextAsAccountantsNeedThem() throws IOException {
        Path target = dir.resolve("reimbursement-list_123456789012.xlsx");

        try (FormSpreadsheet form = newForm(target)) {
            form.row(1, "Ахметова Айгуль", LocalDate.of(2026, 2, 27), YearMonth.of(2026, 2), new BigDecimal("168.5"),
                    new BigDecimal("71086.57"));
            form.row(2, "=HYPERLINK(\"http://x\",\"y\")", null, YearMonth.of(2026, 1), null, new BigDecimal("999999999999.99"));
            form.totals("ИТОГО", Map.of(4, new BigDecimal("168.50"), 5, new BigDecimal("1000000071086.56")));
            form.textLine("Сумма прописью: один триллион семьдесят одна тысяча восемьдесят шесть тенге 56 тиын");
            form.signatures("Руководитель ____________ (Ф.И.О.)", "Главный бухгалтер ____________", "М.П.");
            form.finish();
        }

        try (XSSFWorkbook wb = read(target)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Приложение 1");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Список получателей");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Месяц на выплату: 2026-03");
            assertThat(sheet.getRow(HEADINGS_ROW).getCell(5).getStringCellValue()).isEqualTo("Сумма к возмещению, тенге");

            Row first = sheet.getRow(FIRST_DATA_ROW);
            Cell amount = first.getCell(5);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(71086.57);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(168.5);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);

            Cell date = first.getCell(2);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 27));
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("dd.mm.yyyy");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("2026-02");

            Row second = sheet.getRow(FIRST_DATA_ROW + 1);
            Cell injected = second.getCell(1);
            assertThat(injected.getCellType()).isEqualTo(CellType.STRING);
            assertThat(injected.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
            assertThat(injected.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(second.getCell(2).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(second.getCell(5).getNumericCellValue()).isEqualTo(999999999999.99);

            Row totals = sheet.getRow(FIRST_DATA_ROW + 2);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("ИТОГО");
            assertThat(totals.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(totals.getCell(5).getNumericCellValue()).isEqualTo(1000000071086.56);
            assertThat(totals.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(wb.getFontAt(totals.getCell(5).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(FIRST_DATA_ROW + 2, FIRST_DATA_ROW + 2, 0, 3));
            assertThat(sheet.getRow(FIRST_DATA_ROW + 3).getCell(0).getStringCellValue()).startsWith("Сумма прописью");
            assertThat(texts(sheet)).contains("Руководитель ____________ (Ф.И.О.)", "Главный бухгалтер ____________", "М.П.");
            assertNoFormulas(wb);
        }
    }

    @Test
    void textStaysTheTextWithMarkupWhitespaceAndCharactersXmlCannotHold() throws IOException {
        Path target = dir.resolve("text.xlsx");
        List<String> texts = List.of(
                "<b>ТОО «Ким & \"партнёры\"»</b> &amp;",
                "  two spaces before\nsecond line\tafter a tab\r\nend  ",
                "bell\u0007 nul\u0000 \uFFFE lone \uD800 pair \uD83D\uDE00 no-break\u00A0space",
                "+77011234567",
                "-5",
                "@user",
                "");

        try (FormSpreadsheet form = newForm(target)) {
            for (int i = 0; i < texts.size(); i++) {
                form.row(i + 1, texts.get(i), null, null, null, null);
            }
            form.finish();
        }

        try (XSSFWorkbook wb = read(target)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            List<String> read = new java.util.ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                Cell cell = sheet.getRow(FIRST_DATA_ROW + i).getCell(1);
                assertThat(cell.getCellType()).as("row %d", i + 1).isEqualTo(CellType.STRING);
                read.add(cell.getStringCellValue());
            }
            // XML 1.0 cannot hold control characters other than tab and line ends, U+FFFE or an
            // unpaired surrogate: they become "?" as POI has always written them.
            assertThat(read).containsExactly(
                    "<b>ТОО «Ким & \"партнёры\"»</b> &amp;",
                    "  two spaces before\nsecond line\tafter a tab\r\nend  ",
                    "bell? nul? ? lone ? pair \uD83D\uDE00 no-break\u00A0space",
                    "+77011234567",
                    "-5",
                    "@user",
                    "");
            for (int i = 3; i <= 5; i++) {
                assertThat(sheet.getRow(FIRST_DATA_ROW + i).getCell(1).getCellStyle().getQuotePrefixed())
                        .as("formula-like %s", texts.get(i)).isTrue();
            }
            assertThat(sheet.getRow(FIRST_DATA_ROW).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            assertNoFormulas(wb);
        }
    }

    @Test
    void textGivenAsUtf8BytesIsWrittenExactlyAsItsString() throws IOException {
        List<String> texts = List.of(
                "Ахметова Айгуль Серикболовна",
                "<b>ТОО «Ким & \"партнёры\"»</b> &amp;",
                "  two spaces before\nsecond line\tafter a tab\r\nend  ",
                "bell\u0007 nul\u0000 \uFFFE \uFFFF pair \uD83D\uDE00 no-break\u00A0space",
                "\u2003em space first and ideographic last\u3000",
                "=1+2",
                "-5",
                "Очень длинное наименование поставщика услуг индивидуального помощника, которое переносится",
                "");
        Path fromStrings = dir.resolve("strings.xlsx");
        Path fromBytes = dir.resolve("bytes.xlsx");
        for (Path target : List.of(fromStrings, fromBytes)) {
            try (FormSpreadsheet form = FormSpreadsheet.create(target, "Приложение 1")) {
                // Three rows a sheet: headings before and the footer after the rows, on several sheets.
                form.maxRowsPerSheet(3).title("Список получателей").columns(COLUMNS);
                for (int i = 0; i < texts.size(); i++) {
                    String text = texts.get(i);
                    form.row(i + 1, target == fromStrings ? text : Utf8Text.of(text.getBytes(StandardCharsets.UTF_8)),
                            null, null, null, null);
                }
                form.totals("ИТОГО", Map.of(5, BigDecimal.ONE)).textLine("Сумма прописью: один тенге");
                form.finish();
            }
        }

        Map<String, String> sheets = sheetXml(fromStrings);
        assertThat(sheets).hasSize(3);
        assertThat(sheetXml(fromBytes)).isEqualTo(sheets);
    }

    @Test
    void numbersAndDatesReadBackAsTheValuesGiven() throws IOException {
        Path target = dir.resolve("numbers.xlsx");
        List<BigDecimal> amounts = List.of(new BigDecimal("0.01"), new BigDecimal("-1234.50"), new BigDecimal("9999999999999.99"),
                new BigDecimal("1E+3"), new BigDecimal("0.10"), BigDecimal.ZERO);
        List<LocalDate> dates = List.of(LocalDate.of(2026, 3, 31), LocalDate.of(1900, 3, 1), LocalDate.of(1999, 12, 31),
                LocalDate.of(2024, 2, 29), LocalDate.of(1970, 1, 1), LocalDate.of(2100, 1, 1));

        try (FormSpreadsheet form = newForm(target)) {
            for (int i = 0; i < amounts.size(); i++) {
                Object number = i % 2 == 0 ? (Object) Long.valueOf(9_007_199_254_740_992L - i) : Integer.valueOf(-i);
                form.row(number, "x", dates.get(i), YearMonth.of(2026, i + 1), new BigDecimal("0.5"), amounts.get(i));
            }
            form.finish();
        }

        try (XSSFWorkbook wb = read(target)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            for (int i = 0; i < amounts.size(); i++) {
                Row row = sheet.getRow(FIRST_DATA_ROW + i);
                long number = i % 2 == 0 ? 9_007_199_254_740_992L - i : -i;
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo((double) number);
                assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(dates.get(i));
                assertThat(DateUtil.isCellDateFormatted(row.getCell(2))).isTrue();
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(YearMonth.of(2026, i + 1).toString());
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(0.5);
                assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(amounts.get(i).doubleValue());
            }
        }
    }

    @Test
    void headingBlockHasNumberedColumnsFrozenPaneRepeatedRowsAndA4Landscape() throws IOException {
        Path target = dir.resolve("form.xlsx");
        try (FormSpreadsheet form = newForm(target)) {
            form.finish();
        }

        try (XSSFWorkbook wb = read(target)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            Row numbers = sheet.getRow(NUMBERS_ROW);
            for (int i = 0; i < COLUMNS.size(); i++) {
                assertThat(numbers.getCell(i).getNumericCellValue()).isEqualTo(i + 1);
            }
            assertThat(sheet.getRow(HEADINGS_ROW).getCell(1).getCellStyle().getWrapText()).isTrue();
            assertThat(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, COLUMNS.size() - 1));

            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) FIRST_DATA_ROW);
            assertThat(pane.getVerticalSplitPosition()).isZero();
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:" + FIRST_DATA_ROW));

            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isZero();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getColumnWidth(1)).isEqualTo(24 * 256);
        }
    }

    @Test
    void longListContinuesOnNewSheetsWithTheHeadingRepeatedAndTotalsOnTheLast() throws IOException {
        Path target = dir.resolve("long.xlsx");
        try (FormSpreadsheet form = FormSpreadsheet.create(target, "Приложение 1").maxRowsPerSheet(5)) {
            form.title("Список получателей").headerLines("Месяц на выплату: 2026-03").columns(COLUMNS);
            for (int n = 1; n <= 12; n++) {
                form.row(n, "Ассистент " + n, LocalDate.of(2026, 3, 1), YearMonth.of(2026, 2), BigDecimal.TEN, new BigDecimal(n));
            }
            form.totals("Всего:", Map.of(5, new BigDecimal("78.00")));
            assertThat(form.sheetCount()).isEqualTo(3);
            assertThat(form.dataRowCount()).isEqualTo(12);
            form.finish();
        }

        try (XSSFWorkbook wb = read(target)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)))
                    .containsExactly("Приложение 1", "Приложение 1 (2)", "Приложение 1 (3)");
            // Title, header line, blank row, headings, numbers.
            int firstData = 5;
            int n = 1;
            for (int s = 0; s < 3; s++) {
                XSSFSheet sheet = wb.getSheetAt(s);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Список получателей");
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Месяц на выплату: 2026-03");
                assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Ф.И.О. ассистента");
                assertThat(sheet.getRow(4).getCell(5).getNumericCellValue()).isEqualTo(6);
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) firstData);
                assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:5"));
                int rowsHere = s < 2 ? 5 : 2;
                for (int r = 0; r < rowsHere; r++) {
                    assertThat(sheet.getRow(firstData + r).getCell(0).getNumericCellValue()).isEqualTo(n++);
                }
                Row afterData = sheet.getRow(firstData + rowsHere);
                if (s < 2) {
                    assertThat(afterData).isNull();
                } else {
                    assertThat(afterData.getCell(0).getStringCellValue()).isEqualTo("Всего:");
                    assertThat(afterData.getCell(5).getNumericCellValue()).isEqualTo(78.0);
                }
            }
        }
    }

    @Test
    void failureInTheMiddleLeavesNeitherTargetNorTemporaryFile() throws IOException {
        Path target = dir.resolve("broken.xlsx");

        assertThatThrownBy(() -> {
            try (FormSpreadsheet form = newForm(target)) {
                form.row(1, "Ахметова Айгуль", null, null, null, new BigDecimal("1.00"));
                throw new IllegalStateException("database went away");
            }
        }).hasMessage("database went away");

        assertThat(target).doesNotExist();
        assertThat(listing()).isEmpty();
    }

    @Test
    void previousFileSurvivesAFailedRewrite() throws IOException {
        Path target = dir.resolve("list.xlsx");
        Files.writeString(target, "previous run");

        assertThatThrownBy(() -> {
            try (FormSpreadsheet form = newForm(target)) {
                form.row(1, "x", null, null, null, 3.14);
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Double");

        assertThat(Files.readString(target)).isEqualTo("previous run");
        assertThat(listing()).containsExactly("list.xlsx");
    }

    @Test
    void writtenFileIsReadableByItsOwnerOnly() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path target = dir.resolve("owner.xlsx");
        try (FormSpreadsheet form = newForm(target)) {
            form.finish();
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        assertThat(listing()).containsExactly("owner.xlsx");
    }

    @Test
    void refusesValuesThatWouldLoseMoneyOrMisplaceColumns() throws IOException {
        try (FormSpreadsheet form = newForm(dir.resolve("x.xlsx"))) {
            assertThatThrownBy(() -> form.row(1, "x", null, null, null, new BigDecimal("0.005")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> form.row(1, "x", null, null, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 values for 6 columns");
            assertThatThrownBy(() -> form.row(1, "x".repeat(32_768), null, null, null, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32767 characters");
            assertThatThrownBy(() -> form.row(1, 42, null, null, null, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Ф.И.О.");
            assertThatThrownBy(() -> form.totals("ИТОГО", Map.of(1, BigDecimal.ONE)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> form.title("late")).isInstanceOf(IllegalStateException.class);
            form.totals("ИТОГО", Map.of());
            assertThatThrownBy(() -> form.row(2, "after totals", null, null, null, null))
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(listing()).isEmpty();
    }

    @Test
    void columnIsWidenedToItsLongestHeadingWordAndTextIsInTimes() throws IOException {
        assertThat(FormSpreadsheet.effectiveWidth(FormColumn.text("ИИН лица с инвалидностью", 10))).isEqualTo(16);
        assertThat(FormSpreadsheet.effectiveWidth(FormColumn.text("ИИН лица с инвалидностью", 30))).isEqualTo(30);

        Path target = dir.resolve("fonts.xlsx");
        try (FormSpreadsheet form = newForm(target)) {
            form.row(1, "Ахметова Айгуль", null, null, null, null);
            form.finish();
        }
        try (XSSFWorkbook wb = read(target)) {
            org.apache.poi.xssf.usermodel.XSSFFont font = wb.getSheetAt(0).getRow(FIRST_DATA_ROW).getCell(1).getCellStyle().getFont();
            assertThat(font.getFontName()).isEqualTo("Times New Roman");
            // A theme scheme on the font would make Excel show the theme's Calibri instead.
            assertThat(font.getScheme()).isIn(org.apache.poi.ss.usermodel.FontScheme.NONE, null);
        }
    }

    @Test
    void sheetNamesAreMadeAcceptableToExcel() {
        assertThat(FormSpreadsheet.continuationName("Список получателей по актам МИО", 2))
                .isEqualTo("Список получателей по актам (2)")
                .hasSizeLessThanOrEqualTo(31);
    }

    @Test
    void unsafeSheetNameIsCleanedAndContinuationsStayUnique() throws IOException {
        Path target = dir.resolve("names.xlsx");
        try (FormSpreadsheet form = FormSpreadsheet.create(target, "Акты [МИО]: 01/2026 * очень длинное имя листа")
                .maxRowsPerSheet(1)) {
            form.columns(List.of(FormColumn.text("Имя", 10)));
            form.row("a").row("b");
            form.finish();
        }
        try (XSSFWorkbook wb = read(target)) {
            assertThat(wb.getSheetName(0)).hasSizeLessThanOrEqualTo(31).doesNotContainPattern("[\\[\\]:*?/\\\\]");
            assertThat(wb.getSheetName(1)).hasSizeLessThanOrEqualTo(31).endsWith(" (2)");
            // One column: no merged regions at all, a single-cell merge would need a repair.
            assertThat(wb.getSheetAt(0).getMergedRegions()).isEmpty();
        }
    }

    @Test
    void aGroupHeadingIsMergedOverItsColumnsAndTheOtherHeadingsDownBothRows() throws IOException {
        Path target = dir.resolve("grouped.xlsx");
        try (FormSpreadsheet form = FormSpreadsheet.create(target, "Приложение 4")) {
            form.title("Сведения").columns(List.of(
                    FormColumn.integer("№ п/п", 5),
                    FormColumn.text("Наименование", 20),
                    FormColumn.integer("количество получателей", 10).under("Перечислено"),
                    FormColumn.money("сумма тенге", 12).under("Перечислено"),
                    FormColumn.integer("количество получателей", 10).under("Возвращено"),
                    FormColumn.money("сумма тенге", 12).under("Возвращено")));
            form.row(1, "АО «Kaspi Bank»", 2, new BigDecimal("10.00"), 0, BigDecimal.ZERO);
            form.finish();
        }

        try (XSSFWorkbook wb = read(target)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            // Title, blank row, two heading rows, numbers.
            assertThat(texts(sheet.getRow(2))).containsExactly("№ п/п", "Наименование", "Перечислено", "", "Возвращено", "");
            assertThat(texts(sheet.getRow(3))).containsExactly("", "", "количество получателей", "сумма тенге",
                    "количество получателей", "сумма тенге");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(2, 3, 0, 0), new CellRangeAddress(2, 3, 1, 1),
                    new CellRangeAddress(2, 2, 2, 3), new CellRangeAddress(2, 2, 4, 5));
            assertThat(sheet.getRow(4).getCell(5).getNumericCellValue()).isEqualTo(6);
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("АО «Kaspi Bank»");
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:5"));
        }
    }

    @Test
    void theFormKeepsTheTotalsOfItsSummedColumnsNamesItsMonthsAndFillsItsCompanionSheet() throws IOException {
        Path target = dir.resolve("kept.xlsx");
        List<FormColumn> columns = List.of(FormColumn.integer("№", 5), FormColumn.month("Месяц акта", 12),
                FormColumn.decimal2("Часы", 8).totalled(), FormColumn.money("Сумма, тенге", 14).totalled());
        try (FormSpreadsheet form = FormSpreadsheet.create(target, "Список")) {
            form.monthNames(m -> m.getMonthValue() == 2 ? "февраль " + m.getYear() : "март " + m.getYear())
                    .title("Список").columns(columns)
                    .companion("Часы", List.of("Дни и часы"), List.of(FormColumn.integer("№", 5), FormColumn.integer("Дни", 6)));
            form.row(1, YearMonth.of(2026, 2), new BigDecimal("64.5"), new BigDecimal("33224.86")).companionRow(1, 16);
            form.row(2, YearMonth.of(2026, 3), null, 62556L).companionRow(2, 20);
            assertThat(form.total(3)).isEqualByComparingTo("95780.86");
            form.totals("ИТОГО");
            form.finish();
        }

        try (XSSFWorkbook wb = read(target)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet list = wb.getSheetAt(0);
            // Title, blank row, headings, numbers, then the data.
            assertThat(list.getRow(4).getCell(1).getStringCellValue()).isEqualTo("февраль 2026");
            assertThat(list.getRow(5).getCell(1).getStringCellValue()).isEqualTo("март 2026");
            Row totals = list.getRow(6);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("ИТОГО");
            assertThat(totals.getCell(2).getNumericCellValue()).isEqualTo(64.5);
            assertThat(totals.getCell(3).getNumericCellValue()).isEqualTo(95780.86);
            XSSFSheet hours = wb.getSheet("Часы");
            assertThat(hours.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Дни и часы");
            assertThat(hours.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(16);
            assertThat(hours.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(20);
        }
        assertThatThrownBy(() -> FormColumn.text("Имя", 10).totalled()).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            texts.add(cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue());
        }
        return texts;
    }

    private FormSpreadsheet newForm(Path target) {
        FormSpreadsheet form = FormSpreadsheet.create(target, "Приложение 1");
        form.title("Список получателей", "(Приложение 1)")
                .headerLines("Подразделение: ГУ «Отдел занятости»", "Месяц на выплату: 2026-03")
                .columns(COLUMNS);
        return form;
    }

    /** The XML of every sheet of an xlsx, by entry name. */
    private static Map<String, String> sheetXml(Path xlsx) throws IOException {
        Map<String, String> sheets = new java.util.TreeMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        sheets.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return sheets;
    }

    private static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> texts(XSSFSheet sheet) {
        List<String> texts = new java.util.ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }

    private static void assertNoFormulas(XSSFWorkbook wb) {
        wb.forEach(sheet -> sheet.forEach(row -> row.forEach(cell ->
                assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isNotEqualTo(CellType.FORMULA))));
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
