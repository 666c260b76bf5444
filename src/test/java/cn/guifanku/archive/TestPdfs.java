package cn.guifanku.archive;

import cn.guifanku.render.StandardMetadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small PDFs made with PDFBox, standing in for the renderer's: one PDF/A can be made of, one it cannot. */
public final class TestPdfs {

    public static final StandardMetadata METADATA = new StandardMetadata("WH/T 201—2024", "公共图书馆读者服务规范",
            "Specification for reader services of public libraries", "中华人民共和国文化行业标准", "01.140.20", "A14",
            LocalDate.of(2024, 3, 15), LocalDate.of(2024, 7, 1), List.of("WH/T 201—2019"), "中华人民共和国文化和旅游部",
            "公共服务司", "全国图书馆标准化技术委员会（SAC/TC 389）", "国家图书馆");

    public static final ArchivalFacts FACTS = new ArchivalFacts(METADATA, "wh-t-201/2024", "0123456789abcdef0123456789abcdef01234567");

    private TestPdfs() {
    }

    /** A page of Chinese text in WenQuanYi Micro Hei, embedded as the renderer embeds its fonts. */
    public static byte[] embedded(String text) {
        try (PDDocument document = new PDDocument();
             InputStream font = TestPdfs.class.getResourceAsStream("/fonts/wqy-microhei.ttf")) {
            return page(document, PDType0Font.load(document, font), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page in Helvetica left unembedded: a build that forgot to embed a font. PDF/A forbids it (6.2.11.4.1). */
    public static byte[] unembeddedFont() {
        try (PDDocument document = new PDDocument()) {
            return page(document, new PDType1Font(Standard14Fonts.FontName.HELVETICA), "WH/T 201-2024");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] page(PDDocument document, PDFont font, String text) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(font, 14);
            content.newLineAtOffset(72, 720);
            content.showText(text);
            content.endText();
        }
        document.setDocumentId(1L);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
