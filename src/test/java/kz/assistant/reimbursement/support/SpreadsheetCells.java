package kz.assistant.reimbursement.support;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The first sheet of an .xlsx as text rows, so that a test can compare what an accountant reads. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static List<List<String>> rows(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                if (!cells.isEmpty()) {
                    rows.add(cells);
                }
            }
        }
        return rows;
    }

    /** The row whose first cell is the label ("ИТОГО", "Всего:"), or whose first cell starts with it. */
    public static List<String> rowStartingWith(List<List<String>> rows, String label) {
        return rows.stream().filter(r -> r.get(0).startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row starting with " + label + " in " + rows));
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
    }
}
