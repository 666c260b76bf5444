package cn.guifanku.archive;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Turns the renderer's PDF into an archival one, PDF/A-2u (ISO 19005-2, level U), bytes to bytes: XMP metadata with
 * the edition's facts, the Info dictionary agreeing with it, the language (zh-CN), an sRGB output intent, annotations
 * that print, and a document ID derived from the edition. Everything it
 * writes comes from {@link ArchivalFacts}, never from the clock, so the same edition always gives the same bytes.
 *
 * <p>The ICC profile is the Java runtime's own sRGB profile ({@code ICC_Profile.getInstance(ColorSpace.CS_sRGB)},
 * the {@code sRGB.pf} every OpenJDK build ships).
 */
public final class PdfArchiver {

    /** China Standard Time: the dates of an edition are days in China. */
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** Returns the PDF/A-2u form of {@code pdf}. */
    public byte[] archive(byte[] pdf, ArchivalFacts facts) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.getDocument().setVersion(1.7f);
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            String producer = producer(document);
            Calendar date = calendar(facts.metadata().issued());
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(XmpPacket.title(facts.metadata()));
            info.setAuthor(XmpPacket.author(facts.metadata()));
            info.setSubject(XmpPacket.subject(facts.metadata()));
            info.setKeywords(XmpPacket.keywords(facts.metadata()));
            info.setCreator(XmpPacket.CREATOR_TOOL);
            info.setProducer(producer);
            info.setCreationDate(date);
            info.setModificationDate(date);
            document.setDocumentInformation(info);

            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(XmpPacket.of(facts, xmpDate(facts.metadata().issued()), producer));
            catalog.setMetadata(metadata);
            catalog.setLanguage("zh-CN");

            PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(srgb));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);

            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    // PDF/A-2 6.3.2: every annotation prints, and none is hidden (asciidoctor-pdf's links carry no F)
                    annotation.setAnnotationFlags(0);
                    annotation.setPrinted(true);
                }
            }

            COSArray id = new COSArray();
            id.add(new COSString(facts.documentId()));
            id.add(new COSString(facts.documentId()));
            document.getDocument().getTrailer().setItem(COSName.ID, id);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + srgb.length + 8192);
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String producer(PDDocument document) {
        String original = document.getDocumentInformation().getProducer();
        return (original == null || original.isBlank() ? "" : original + "; ") + "Apache PDFBox (PDF/A-2u)";
    }

    private static Calendar calendar(LocalDate day) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(CHINA));
        c.clear();
        LocalDate d = day == null ? LocalDate.of(1970, 1, 1) : day;
        c.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), 0, 0, 0);
        return c;
    }

    private static String xmpDate(LocalDate day) {
        LocalDate d = day == null ? LocalDate.of(1970, 1, 1) : day;
        return d + "T00:00:00+08:00";
    }
}
