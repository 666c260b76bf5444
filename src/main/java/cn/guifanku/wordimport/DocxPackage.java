package cn.guifanku.wordimport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks at a .docx's bytes before POI opens them: its size, that it is a zip and not a legacy .doc (OLE2) or anything
 * else, that it is a Word document without macros, and that inflating it stays within {@link WordImportLimits} —
 * checked by inflating each part ourselves with a running count, so a zip bomb stops at the limit instead of filling
 * memory. POI's own {@code ZipSecureFile} settings are static (one for the whole JVM) and are left alone.
 */
final class DocxPackage {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final int MAX_CONTENT_TYPES_SIZE = 1024 * 1024;

    private DocxPackage() {
    }

    /** Refuses (with {@link WordImportRefused}) what must not reach POI; returns when the package may be opened. */
    static void check(byte[] bytes, WordImportLimits limits) {
        if (bytes.length > limits.maxFileSize()) {
            throw new WordImportRefused(Refusal.TOO_LARGE, limits.maxFileSizeMb());
        }
        if (startsWith(bytes, OLE2)) {
            throw new WordImportRefused(Refusal.LEGACY_DOC);
        }
        if (!startsWith(bytes, ZIP)) {
            throw new WordImportRefused(Refusal.NOT_DOCX);
        }
        String contentTypes = null;
        boolean macros = false;
        int entries = 0;
        long total = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    throw new WordImportRefused(Refusal.PACKAGE_BOUNDS);
                }
                String name = entry.getName();
                macros |= name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin");
                ByteArrayOutputStream kept = name.equals(CONTENT_TYPES) ? new ByteArrayOutputStream() : null;
                long size = 0;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    size += n;
                    total += n;
                    if (total > limits.maxUncompressedSize()) {
                        throw new WordImportRefused(Refusal.PACKAGE_BOUNDS);
                    }
                    if (kept != null && kept.size() < MAX_CONTENT_TYPES_SIZE) {
                        kept.write(buffer, 0, n);
                    }
                }
                long compressed = entry.getCompressedSize(); // known once the part is read, even with a data descriptor
                if (size > limits.ratioCheckedFrom() && compressed > 0 && size / compressed > limits.maxCompressionRatio()) {
                    throw new WordImportRefused(Refusal.PACKAGE_BOUNDS);
                }
                if (kept != null) {
                    contentTypes = kept.toString(StandardCharsets.UTF_8);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new WordImportRefused(Refusal.NOT_DOCX, e);
        }
        if (macros || contentTypes != null && contentTypes.contains("macroEnabled")) {
            throw new WordImportRefused(Refusal.MACRO_ENABLED);
        }
        if (contentTypes == null || !contentTypes.contains("wordprocessingml.document.main+xml")
                && !contentTypes.contains("wordprocessingml.template.main+xml")) {
            throw new WordImportRefused(Refusal.NOT_DOCX);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
