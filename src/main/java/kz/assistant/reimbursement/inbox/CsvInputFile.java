package kz.assistant.reimbursement.inbox;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * Reads an input CSV file the way docs/file-contract.md describes: UTF-8 or Windows-1251 (detected), {@code ;}
 * or {@code ,} (detected from the header), RFC 4180 quoting, a header row, free column order,
 * unknown columns ignored. A missing required column fails the whole file with its name.
 *
 * <p>A file may also be read in parts ({@link #openPart}), each a range of whole records found by
 * {@link RecordBoundaries}, with lines numbered as in the whole file.
 */
public final class CsvInputFile implements Closeable {

    /** A quoted field may span lines, but not a whole truncated file. */
    private static final int MULTILINE_LIMIT = 100;
    /** A header names a few dozen columns; a longer first line is a file of one line (or no CSV at all). */
    static final int MAX_HEADER_CHARS = 1 << 16;

    private final Path file;
    private final CSVReader reader;
    private final Map<String, Integer> header;
    private final EncodingDetector.Detected detected;
    /** Physical lines before the first one this reader reads: 0 for the whole file. */
    private final long lineOffset;
    private long records;

    private CsvInputFile(Path file, CSVReader reader, Map<String, Integer> header, EncodingDetector.Detected detected,
                         long lineOffset) {
        this.file = file;
        this.reader = reader;
        this.header = header;
        this.detected = detected;
        this.lineOffset = lineOffset;
    }

    public static CsvInputFile open(Path file, Collection<String> requiredColumns) {
        if (!Files.isRegularFile(file)) {
            throw new InputFileException(file, 0, "the file is missing");
        }
        EncodingDetector.Detected detected = EncodingDetector.detect(file);
        if (detected.size() - detected.bomLength() == 0) {
            throw new InputFileException(file, 1, "the file is empty: a header row is required");
        }
        return open(file, requiredColumns, detected, null);
    }

    /**
     * Reads the records of one range of a file whose encoding is known (it was opened whole before):
     * the header is read again for the column order, then only the range.
     */
    public static CsvInputFile openPart(Path file, Collection<String> requiredColumns, Charset charset, String sha256,
                                        RecordBoundaries.Range range) {
        try {
            int bom = charset.equals(StandardCharsets.UTF_8) && startsWithBom(file) ? 3 : 0;
            return open(file, requiredColumns, new EncodingDetector.Detected(charset, bom, sha256, Files.size(file)), range);
        } catch (IOException e) {
            throw new InputFileException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static CsvInputFile open(Path file, Collection<String> requiredColumns, EncodingDetector.Detected detected,
                                     RecordBoundaries.Range range) {
        try {
            BufferedReader text = new BufferedReader(reader(file, detected), 1 << 16);
            if (detected.bomLength() > 0) {
                text.skip(1);
            }
            String firstLine = firstLine(file, text);
            if (firstLine == null || firstLine.isBlank()) {
                throw new InputFileException(file, 1, "the first line is empty: a header row is required");
            }
            char delimiter = delimiterOf(firstLine);
            if (isTabDelimited(firstLine)) {
                throw new InputFileException(file, 1, "the columns are separated by tabs: that delimiter is not supported; "
                        + "save the file with ; or , between the columns (formats.md)");
            }
            CSVReader csv = csvReader(text, delimiter);
            String[] names = csv.readNext();
            Map<String, Integer> header = new HashMap<>();
            for (int i = 0; i < names.length; i++) {
                String name = names[i].strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && header.putIfAbsent(name, i) != null) {
                    throw new InputFileException(file, 1, name, "the column \"" + name + "\" appears twice in the header");
                }
            }
            List<String> missing = requiredColumns.stream().filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new InputFileException(file, 1, String.join(", ", missing), "required column" + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing) + " missing from the header (found: " + String.join(", ", names) + ")");
            }
            if (range == null) {
                return new CsvInputFile(file, csv, Map.copyOf(header), detected, 0);
            }
            csv.close();
            InputStream in = Files.newInputStream(file);
            in.skipNBytes(range.from());
            InputStream bounded = BoundedInputStream.builder().setInputStream(in).setMaxCount(range.to() - range.from()).get();
            Reader part = new BufferedReader(new InputStreamReader(bounded, decoder(detected)), 1 << 16);
            return new CsvInputFile(file, csvReader(part, delimiter), Map.copyOf(header), detected, range.firstLine() - 1);
        } catch (IOException | CsvException e) {
            throw new InputFileException(file, 1, "the header row cannot be read: " + unreadable(e));
        }
    }

    /**
     * The header line, read without consuming it. A first line longer than any header (a file whose
     * lines do not end in a newline, or one enormous line) is named as such, not as a broken quote.
     */
    private static String firstLine(Path file, BufferedReader text) throws IOException {
        text.mark(MAX_HEADER_CHARS + 1);
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = text.read()) >= 0 && c != '\n') {
            if (line.length() == MAX_HEADER_CHARS) {
                throw new InputFileException(file, 1, "the line is too long: more than " + MAX_HEADER_CHARS
                        + " characters without a line break; a header row of column names is expected (are the lines ended by newlines?)");
            }
            line.append((char) c);
        }
        text.reset();
        if (c < 0 && line.isEmpty()) {
            return null;
        }
        return line.toString().replace("\r", "");
    }

    /** The next non-blank record, or null at the end of the file. */
    public CsvRecord next() {
        long startLine = lineOffset + reader.getLinesRead() + 1;
        try {
            while (true) {
                startLine = lineOffset + reader.getLinesRead() + 1;
                String[] values = reader.readNext();
                if (values == null) {
                    return null;
                }
                if (values.length == 1 && values[0].isBlank()) {
                    continue;
                }
                records++;
                String damaged = columnWithNul(values);
                return new CsvRecord(startLine, damaged == null ? values : withoutNul(values), header, damaged);
            }
        } catch (IOException | CsvException e) {
            // opencsv's own message quotes the text it lost: names and IINs, never to be shown or logged.
            throw new InputFileException(file, startLine, unreadable(e));
        }
    }

    /** The name of the first column whose value holds a NUL character (a damaged row), or null. */
    private String columnWithNul(String[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && values[i].indexOf('\0') >= 0) {
                final int index = i;
                return header.entrySet().stream().filter(e -> e.getValue() == index).map(Map.Entry::getKey).findFirst()
                        .orElse("column " + (i + 1));
            }
        }
        return null;
    }

    /** PostgreSQL's text cannot hold NUL: a refused row is kept with U+FFFD in its place. */
    private static String[] withoutNul(String[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && values[i].indexOf('\0') >= 0) {
                values[i] = values[i].replace('\0', '\uFFFD');
            }
        }
        return values;
    }

    private static String unreadable(Exception e) {
        if (e instanceof CsvMultilineLimitBrokenException) {
            return "a quoted value opened here runs on over more than " + MULTILINE_LIMIT
                    + " lines: a quote is left open; the file cannot be read on from here";
        }
        if (e instanceof CharacterCodingException) {
            return "the text is not in the file's encoding from here on; save the file again in one encoding";
        }
        if (e.getMessage() != null && e.getMessage().startsWith("Unterminated quoted field")) {
            return "the file ends inside a quoted value opened here: it is truncated or a quote is left open";
        }
        return "the file cannot be read on from here (" + e.getClass().getSimpleName() + "); is it truncated or is a quote left open?";
    }

    /** Skips records already taken by an earlier, interrupted run. */
    public void skip(long count) {
        for (long i = 0; i < count; i++) {
            if (next() == null) {
                throw new InputFileException(file, lineOffset + reader.getLinesRead(), "the file is shorter than when it was first read");
            }
        }
    }

    /** Records returned so far (blank lines are not records). */
    public long records() {
        return records;
    }

    public Path file() {
        return file;
    }

    public String sha256() {
        return detected.sha256();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static Reader reader(Path file, EncodingDetector.Detected detected) throws IOException {
        return new InputStreamReader(Files.newInputStream(file), decoder(detected));
    }

    private static CharsetDecoder decoder(EncodingDetector.Detected detected) {
        return detected.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static CSVReader csvReader(Reader text, char delimiter) {
        return new CSVReaderBuilder(text)
                .withCSVParser(new RFC4180ParserBuilder().withSeparator(delimiter).build())
                .withMultilineLimit(MULTILINE_LIMIT)
                .withKeepCarriageReturn(false)
                .build();
    }

    private static boolean startsWithBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        }
    }

    public Charset charset() {
        return detected.charset();
    }

    public int bomLength() {
        return detected.bomLength();
    }

    /** Tabs between the column names and neither of the two delimiters of formats.md. */
    static boolean isTabDelimited(String headerLine) {
        return headerLine.indexOf('\t') >= 0 && headerLine.indexOf(';') < 0 && headerLine.indexOf(',') < 0;
    }

    static char delimiterOf(String headerLine) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }
}
