package kz.assistant.reimbursement.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a CSV file into byte ranges that each start at a record, so that several threads can read
 * one file. A record ends at a newline outside quotes; {@code "} and {@code \n} are single bytes in
 * UTF-8 and Windows-1251 alike, so one pass over the bytes finds the cuts without decoding. The
 * header record is not in any range.
 *
 * <p>A file whose quotes do not pair up (a broken file) may give fewer ranges than asked, one at
 * worst; its reader then reports the broken line exactly as a single reader would.
 */
public final class RecordBoundaries {

    /**
     * A range of whole records.
     *
     * @param from      first byte (the start of a record)
     * @param to        the byte after the last record's newline (or the file's end)
     * @param firstLine the physical line number at {@code from} (1 is the header)
     */
    public record Range(long from, long to, long firstLine) {
    }

    private RecordBoundaries() {
    }

    /**
     * @param parts        how many ranges at most
     * @param minPartBytes a range is not cut smaller than this: small files are read by one thread
     */
    public static List<Range> split(Path file, int bomLength, int parts, long minPartBytes) {
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            in.skipNBytes(bomLength);
            long position = bomLength;
            long line = 1;
            boolean quoted = false;
            long dataStart = -1;
            List<Range> ranges = new ArrayList<>();
            long rangeStart = -1;
            long rangeLine = 0;
            long nextCut = Long.MAX_VALUE;
            byte[] buffer = new byte[1 << 16];
            int read;
            scan:
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    if (b == '"') {
                        quoted = !quoted;
                    } else if (b == '\n') {
                        line++;
                        if (!quoted) {
                            long next = position + i + 1;
                            if (dataStart < 0) {
                                dataStart = next;
                                rangeStart = next;
                                rangeLine = line;
                                long each = Math.max(minPartBytes, (size - dataStart) / Math.max(1, parts) + 1);
                                nextCut = rangeStart + each;
                            } else if (next >= nextCut && next < size && ranges.size() < parts - 1) {
                                ranges.add(new Range(rangeStart, next, rangeLine));
                                long each = Math.max(minPartBytes, (size - next) / Math.max(1, parts - ranges.size()) + 1);
                                rangeStart = next;
                                rangeLine = line;
                                nextCut = rangeStart + each;
                                if (ranges.size() == parts - 1) {
                                    break scan;   // the last range runs to the end of the file
                                }
                            }
                        }
                    }
                }
                position += read;
            }
            if (dataStart < 0) {
                return List.of();   // a header without a newline: no records
            }
            if (rangeStart < size) {
                ranges.add(new Range(rangeStart, size, rangeLine));
            }
            return ranges;
        } catch (IOException e) {
            throw new InputFileException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
    }
}
