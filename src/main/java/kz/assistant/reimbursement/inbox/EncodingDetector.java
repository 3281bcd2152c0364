package kz.assistant.reimbursement.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Decides whether an input file is UTF-8 (with or without BOM) or Windows-1251 (docs/file-contract.md) in one
 * pass over its bytes, and takes the file's SHA-256 on the way so that a redelivered or replaced file
 * is recognised.
 *
 * <p>Valid UTF-8 throughout means UTF-8; invalid sequences and no valid multi-byte ones means
 * Windows-1251 (any byte is a Cyrillic letter there). A file with both is a mix that would silently
 * garble names either way, so it is refused, naming the first line that breaks the rule. A NUL byte
 * in the header line means a binary file (a spreadsheet or an archive has them from its first bytes);
 * one further down is a damaged row, refused on its own by the file's reader.
 */
public final class EncodingDetector {

    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    public record Detected(Charset charset, int bomLength, String sha256, long size) {
    }

    private EncodingDetector() {
    }

    public static Detected detect(Path file) {
        MessageDigest digest = sha256();
        long line = 1;
        long firstInvalidLine = 0;
        long firstValidMultiByteLine = 0;
        long size = 0;
        int expectedContinuations = 0;
        long sequenceLine = 0;
        byte[] head = new byte[3];
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
                for (int i = 0; i < read; i++) {
                    int b = buffer[i] & 0xFF;
                    if (size < 3) {
                        head[(int) size] = (byte) b;
                    }
                    size++;
                    if (b == 0 && line == 1) {
                        throw new InputFileException(file, line, "the file is binary (a NUL byte), not a CSV text file");
                    }
                    if (expectedContinuations > 0) {
                        if (b >= 0x80 && b <= 0xBF) {
                            if (--expectedContinuations == 0 && firstValidMultiByteLine == 0) {
                                firstValidMultiByteLine = sequenceLine;
                            }
                            continue;
                        }
                        expectedContinuations = 0;
                        if (firstInvalidLine == 0) {
                            firstInvalidLine = sequenceLine;
                        }
                    }
                    if (b == '\n') {
                        line++;
                    } else if (b >= 0x80) {
                        int length = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
                        if (length < 0) {
                            if (firstInvalidLine == 0) {
                                firstInvalidLine = line;
                            }
                        } else {
                            expectedContinuations = length;
                            sequenceLine = line;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new InputFileException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
        if (expectedContinuations > 0 && firstInvalidLine == 0) {
            firstInvalidLine = sequenceLine;
        }
        String sha = HexFormat.of().formatHex(digest.digest());
        boolean bom = size >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (firstInvalidLine == 0) {
            return new Detected(StandardCharsets.UTF_8, bom ? 3 : 0, sha, size);
        }
        if (firstValidMultiByteLine == 0 && !bom) {
            return new Detected(WINDOWS_1251, 0, sha, size);
        }
        throw new InputFileException(file, firstInvalidLine, "the file mixes encodings: UTF-8 text (line "
                + Math.max(firstValidMultiByteLine, 1) + ") and bytes that are not UTF-8 (this line); save it again in one encoding");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
