package kz.assistant.reimbursement.spreadsheet;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF with its compressed temp files deflated at the fastest level. The temp file of a sheet is
 * written once and read once, into the xlsx, which is deflated again anyway; POI's default level
 * made compressing it a third of the time of writing a list of a few hundred thousand rows.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    private static final int BUFFER = 1 << 16;

    StreamingWorkbook(int rowAccessWindowSize) {
        super(rowAccessWindowSize);
        setCompressTempFiles(true);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new GZIPSheetDataWriter(getSharedStringSource()) {
            @Override
            protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
                return new GZIPOutputStream(fos, BUFFER) {
                    {
                        def.setLevel(Deflater.BEST_SPEED);
                    }
                };
            }
        };
    }
}
