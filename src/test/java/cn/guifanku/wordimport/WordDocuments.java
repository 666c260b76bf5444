package cn.guifanku.wordimport;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import javax.xml.namespace.QName;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Word documents built in the tests with Apache POI, the way Word and the 标准编写 templates write them. */
final class WordDocuments {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    final XWPFDocument doc = new XWPFDocument();
    private final XWPFStyles styles = doc.createStyles();
    private BigInteger letters;
    private BigInteger bullets;

    WordDocuments() {
        for (int i = 1; i <= 6; i++) {
            style("Heading" + i, "heading " + i);
        }
        for (String name : new String[] {"章标题", "一级条标题", "二级条标题", "三级条标题", "附录标识", "前言、引言标题"}) {
            style("std" + Math.abs(name.hashCode()), "标准文件_" + name);
        }
    }

    private void style(String id, String name) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.addNewName().setVal(name);
        ct.setType(STStyleType.PARAGRAPH);
        styles.addStyle(new XWPFStyle(ct, styles));
    }

    static String styleId(String name) {
        return "std" + Math.abs(name.hashCode());
    }

    XWPFParagraph paragraph(String text) {
        XWPFParagraph p = doc.createParagraph();
        if (!text.isEmpty()) {
            p.createRun().setText(text);
        }
        return p;
    }

    XWPFParagraph heading(int level, String text) {
        XWPFParagraph p = paragraph(text);
        p.setStyle("Heading" + level);
        return p;
    }

    XWPFParagraph styled(String templateStyle, String text) {
        XWPFParagraph p = paragraph(text);
        p.setStyle(styleId(templateStyle));
        return p;
    }

    /** A paragraph in a template style whose lines are separated by line breaks (as 附录标识 paragraphs are). */
    XWPFParagraph styledLines(String templateStyle, String... lines) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styleId(templateStyle));
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = p.createRun();
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i]);
        }
        return p;
    }

    /** A paragraph of runs: "**x**" bold, "__x__" italic, other text plain. */
    XWPFParagraph formatted(String... parts) {
        XWPFParagraph p = doc.createParagraph();
        for (String part : parts) {
            XWPFRun r = p.createRun();
            if (part.startsWith("**")) {
                r.setBold(true);
                r.setText(part.substring(2, part.length() - 2));
            } else if (part.startsWith("__")) {
                r.setItalic(true);
                r.setText(part.substring(2, part.length() - 2));
            } else {
                r.setText(part);
            }
        }
        return p;
    }

    XWPFTable table(String[]... rows) {
        XWPFTable t = doc.createTable(rows.length, rows[0].length);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                t.getRow(r).getCell(c).setText(rows[r][c]);
            }
        }
        return t;
    }

    XWPFParagraph picture(String format, int width, int height) {
        XWPFParagraph p = doc.createParagraph();
        try {
            p.createRun().addPicture(new ByteArrayInputStream(image(format, width, height)),
                    format.equals("png") ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG, "figure." + format,
                    Units.toEMU(width), Units.toEMU(height));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(1, 1, width / 2, height / 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    void footnote(XWPFParagraph p, String text) {
        var note = doc.createFootnote();
        note.createParagraph().createRun().setText(text);
        p.addFootnoteReference(note);
    }

    XWPFParagraph lettered(int level, String text) {
        if (letters == null) {
            letters = numbering(STNumberFormat.LOWER_LETTER, STNumberFormat.DECIMAL, "%1)", "%2)");
        }
        return numbered(letters, level, text);
    }

    XWPFParagraph bulleted(String text) {
        if (bullets == null) {
            bullets = numbering(STNumberFormat.BULLET, STNumberFormat.BULLET, "——", "——");
        }
        return numbered(bullets, 0, text);
    }

    private XWPFParagraph numbered(BigInteger numId, int level, String text) {
        XWPFParagraph p = paragraph(text);
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        return p;
    }

    private BigInteger numbering(STNumberFormat.Enum first, STNumberFormat.Enum second, String text1, String text2) {
        XWPFNumbering numbering = doc.createNumbering();
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        BigInteger id = BigInteger.valueOf(numbering.getAbstractNums().size() + 1);
        abs.setAbstractNumId(id);
        CTLvl l0 = abs.addNewLvl();
        l0.setIlvl(BigInteger.ZERO);
        l0.addNewNumFmt().setVal(first);
        l0.addNewLvlText().setVal(text1);
        CTLvl l1 = abs.addNewLvl();
        l1.setIlvl(BigInteger.ONE);
        l1.addNewNumFmt().setVal(second);
        l1.addNewLvlText().setVal(text2);
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
        return numbering.addNum(abstractId);
    }

    /** Appends an element (and its text) to a paragraph's XML: for what POI has no API to write. */
    static void element(XWPFParagraph p, String namespace, String path, String text) {
        try (XmlCursor c = p.getCTP().newCursor()) {
            c.toEndToken();
            for (String name : path.split("/")) {
                c.beginElement(new QName(namespace, name));
            }
            if (text != null) {
                c.insertChars(text);
            }
        }
    }

    byte[] bytes() {
        return bytes(doc);
    }

    static byte[] bytes(XWPFDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] build(Consumer<WordDocuments> content) {
        WordDocuments d = new WordDocuments();
        content.accept(d);
        return d.bytes();
    }
}
