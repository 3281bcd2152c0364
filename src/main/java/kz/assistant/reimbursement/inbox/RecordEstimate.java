package kz.assistant.reimbursement.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How many records an input file holds, guessed from its size and the line length of its first
 * 256 KB without reading it whole: enough for a progress line's "of about N".
 */
public final class RecordEstimate {

    private static final int SAMPLE = 1 << 18;

    private RecordEstimate() {
    }

    /** Records (lines less the header) the file probably holds; 0 when it cannot be read. */
    public static long of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            byte[] sample = in.readNBytes(SAMPLE);
            long lines = 0;
            for (byte b : sample) {
                if (b == '\n') {
                    lines++;
                }
            }
            if (sample.length == 0 || lines == 0) {
                return 0;
            }
            if (sample.length == size) {
                return Math.max(0, lines - (sample[sample.length - 1] == '\n' ? 1 : 0));
            }
            return Math.max(0, Math.round((double) size * lines / sample.length) - 1);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
