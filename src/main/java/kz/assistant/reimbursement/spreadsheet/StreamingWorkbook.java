package kz.assistant.reimbursement.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF whose sheets also take data rows as XML, through a {@link DataRowsWriter}, and whose xlsx is
 * deflated at the fastest level: at the default level the deflate alone cost about as much as all
 * the rest of writing a list, and the file is only somewhat larger.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    /** A sheet and the writer of its {@code <sheetData>}. */
    record DataSheet(SXSSFSheet sheet, DataRowsWriter rows) {
    }

    private DataRowsWriter lastWriter;

    StreamingWorkbook(int rowAccessWindowSize) {
        super(rowAccessWindowSize);
        // SXSSF would derive a sheet's dimension from the rows it holds itself, which are not the
        // data rows; FormSpreadsheet sets it.
        setShouldCalculateSheetDimensions(false);
    }

    DataSheet createDataSheet(String name) {
        SXSSFSheet sheet = createSheet(name);
        return new DataSheet(sheet, lastWriter);
    }

    // Called by createSheet, once per sheet.
    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        lastWriter = new DataRowsWriter();
        return lastWriter;
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }
}
