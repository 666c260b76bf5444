package cn.guifanku.wordimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** What is not a plain .docx within the limits never reaches POI, and is refused with a message that says why. */
class WordImportPackageTest {

    static AbstractThrowableAssert<?, ? extends Throwable> refusing(byte[] bytes, Refusal reason) {
        return assertThatThrownBy(() -> WordImportTest.IMPORT.convert(bytes)).isInstanceOf(WordImportRefused.class)
                .satisfies(e -> assertThat(((WordImportRefused) e).reason()).isEqualTo(reason));
    }

    /** The parts of a document, each passed through {@code change} (null drops it), plus one part added. */
    static byte[] repack(byte[] docx, BiFunction<String, byte[], byte[]> change, String added, byte[] addedBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = change.apply(e.getName(), in.readAllBytes());
                if (bytes != null) {
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    zip.write(bytes);
                }
            }
            if (added != null) {
                zip.putNextEntry(new ZipEntry(added));
                zip.write(addedBytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] small() {
        return WordDocuments.build(d -> d.paragraph("本文件规定了开放时间。"));
    }

    @Test
    void aPlainDocxIsAccepted() {
        assertThat(WordImportTest.IMPORT.convert(small()).standard()).contains("本文件规定了开放时间。");
    }

    @Test
    void refusesAZipBombBeforePoiInflatesIt() {
        byte[] zeros = new byte[1024 * 1024];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            for (int i = 0; i < 300; i++) { // 300 MB of zeros in about 300 KB
                zip.write(zeros);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(out.size()).isLessThan(1024 * 1024);

        refusing(out.toByteArray(), Refusal.PACKAGE_BOUNDS)
                .hasMessage("文档解压后过大、部件过多或压缩比异常（可能是恶意构造的文件），不能导入");
    }

    @Test
    void refusesAPartThatInflatesMoreThanAHundredfold() {
        byte[] bytes = repack(small(), (name, b) -> b, "word/media/padding.xml", new byte[5 * 1024 * 1024]);

        refusing(bytes, Refusal.PACKAGE_BOUNDS);
    }

    @Test
    void refusesAPackageWithTooManyParts() {
        WordImport few = new WordImport(new WordImportLimits(20L << 20, 20, 200L << 20, 100, 1 << 20, 20_000, 1000, 64,
                5L << 20, 20L << 20, 12_000_000, 10L << 20), java.time.Clock.systemUTC());
        byte[] bytes = small();
        for (int i = 0; i < 20; i++) {
            bytes = repack(bytes, (name, b) -> b, "customXml/item" + i + ".xml", "<a/>".getBytes(StandardCharsets.UTF_8));
        }
        byte[] many = bytes;

        assertThatThrownBy(() -> few.convert(many)).isInstanceOf(WordImportRefused.class)
                .satisfies(e -> assertThat(((WordImportRefused) e).reason()).isEqualTo(Refusal.PACKAGE_BOUNDS));
    }

    @Test
    void refusesAMacroEnabledDocument() {
        byte[] docm = repack(small(), (name, b) -> name.equals("[Content_Types].xml")
                ? new String(b, StandardCharsets.UTF_8).replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                        "application/vnd.ms-word.document.macroEnabled.main+xml").getBytes(StandardCharsets.UTF_8) : b, null, null);
        byte[] withMacros = repack(small(), (name, b) -> b, "word/vbaProject.bin", new byte[] {1, 2, 3});

        refusing(docm, Refusal.MACRO_ENABLED).hasMessageContaining("启用了宏（.docm）");
        refusing(withMacros, Refusal.MACRO_ENABLED);
    }

    @Test
    void refusesALegacyDocWithAMessageThatSaysToSaveAsDocx() {
        byte[] doc = Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 4096);

        refusing(doc, Refusal.LEGACY_DOC).hasMessageContaining("（.doc）").hasMessageContaining("另存为");
    }

    @Test
    void refusesWhatIsNotAWordDocument() {
        refusing("{\\rtf1 本文件}".getBytes(StandardCharsets.UTF_8), Refusal.NOT_DOCX).hasMessage("文件不是 Word 文档（.docx），不能导入");
        refusing(new byte[0], Refusal.NOT_DOCX);
        byte[] workbook = repack(small(), (name, b) -> name.equals("[Content_Types].xml")
                ? new String(b, StandardCharsets.UTF_8).replace("wordprocessingml.document.main+xml", "spreadsheetml.sheet.main+xml")
                .getBytes(StandardCharsets.UTF_8) : b, null, null);
        refusing(workbook, Refusal.NOT_DOCX);
    }

    @Test
    void refusesAFileOverTwentyMegabytesWithoutReadingIt() {
        byte[] big = Arrays.copyOf(small(), (int) WordImportLimits.MAX_FILE_SIZE + 1);

        refusing(big, Refusal.TOO_LARGE).hasMessage("文件超过 20 MB，不能导入：请压缩文档中的图片后再试");
    }

    @Test
    void refusesADamagedDocument() {
        byte[] broken = repack(small(), (name, b) -> name.equals("word/document.xml") ? "<w:document".getBytes(StandardCharsets.UTF_8) : b, null, null);

        refusing(broken, Refusal.UNREADABLE);
    }

    @Test
    void refusesTooManyParagraphsAndTooLargeATable() {
        WordImport tight = new WordImport(new WordImportLimits(20L << 20, 1000, 200L << 20, 100, 1 << 20, 5, 2, 64,
                5L << 20, 20L << 20, 12_000_000, 10L << 20), java.time.Clock.systemUTC());
        byte[] paragraphs = WordDocuments.build(d -> {
            for (int i = 0; i < 6; i++) {
                d.paragraph("段落" + i);
            }
        });
        byte[] table = WordDocuments.build(d -> d.table(new String[] {"a"}, new String[] {"b"}, new String[] {"c"}));

        assertThatThrownBy(() -> tight.convert(paragraphs)).hasMessage("文档超过 5 段，不能导入：请拆分后再导入");
        assertThatThrownBy(() -> tight.convert(table)).hasMessage("第 1 段处的表格超过 2 行或 64 列，不能导入");
    }
}
