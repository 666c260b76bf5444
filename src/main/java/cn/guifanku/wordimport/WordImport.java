package cn.guifanku.wordimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Year;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Converts a Word document (.docx) into a draft's {@code standard.adoc} following our template: title and header
 * attributes from the cover, the core properties and the 前言; 前言, 引言, chapters and clauses from heading styles
 * (Heading n, the 标准编写 templates' 章标题, 一级条标题 …), outline levels or numbers typed by hand (which are
 * stripped: the renderer numbers); lists, tables with 表 captions, notes, term entries, annexes with their status,
 * 参考文献, figures with 图 captions, bold, italics and footnotes. What cannot be mapped is reported with its paragraph
 * number and a quote. Refuses (with {@link WordImportRefused}) what is not a plain .docx within the limits, and a
 * document with tracked changes.
 *
 * <p>Plain Java: thread-safe, no Spring, no I/O beyond the bytes given.
 */
public final class WordImport {

    private final WordImportLimits limits;
    private final Clock clock;

    public WordImport(WordImportLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    public ImportedDraft convert(byte[] docx) {
        DocxPackage.check(docx, limits);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            if (Unmappable.hasTrackedChanges(doc)) {
                throw new WordImportRefused(Refusal.TRACKED_CHANGES);
            }
            return new DocumentConverter(doc, limits, Year.now(clock)).convert();
        } catch (IOException | POIXMLException | OpenXML4JRuntimeException | IllegalStateException e) {
            throw new WordImportRefused(Refusal.UNREADABLE, e);
        }
    }

    public WordImportLimits limits() {
        return limits;
    }
}
