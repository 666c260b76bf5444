package cn.guifanku.wordimport;

import cn.guifanku.wordimport.ImportItem.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The pictures of a document, extracted as figure files beside {@code standard.adoc}: PNG and JPEG as they are, GIF
 * and BMP converted to PNG; each within the render limits (bytes, and pixels read from the header before anything is
 * decoded). A picture that cannot be kept is reported.
 */
final class Figures {

    /** A figure written: its file name and its width in pixels (0 when the document does not say). */
    record Figure(String file, int width) {
    }

    private final WordImportLimits limits;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private long total;

    Figures(WordImportLimits limits) {
        this.limits = limits;
    }

    /** The figures a paragraph's pictures become, in order; what cannot be kept goes to the report. */
    List<Figure> extract(XWPFParagraph p, int paragraph, List<ImportItem> report) {
        List<Figure> figures = new ArrayList<>();
        for (XWPFRun run : p.getRuns()) {
            for (XWPFPicture picture : run.getEmbeddedPictures()) {
                XWPFPictureData data = picture.getPictureData();
                String name = picture.getDescription() == null || picture.getDescription().isBlank()
                        ? "图片" : picture.getDescription();
                if (data == null) {
                    report.add(ImportItem.of(paragraph, Kind.UNSUPPORTED_IMAGE, name));
                    continue;
                }
                String type = data.suggestFileExtension().toLowerCase(Locale.ROOT);
                byte[] bytes = data.getData();
                String kept = keep(type, bytes, paragraph, name, report);
                if (kept != null) {
                    figures.add(new Figure(kept, (int) Math.round(picture.getWidth() * 96 / 72)));
                }
            }
        }
        return figures;
    }

    private String keep(String type, byte[] bytes, int paragraph, String name, List<ImportItem> report) {
        if (!List.of("png", "jpeg", "jpg", "gif", "bmp").contains(type)) {
            report.add(ImportItem.of(paragraph, Kind.UNSUPPORTED_IMAGE, name + "（" + type + "）"));
            return null;
        }
        long pixels = pixels(bytes);
        if (bytes.length > limits.maxImageSize() || pixels <= 0 || pixels > limits.maxImagePixels()) {
            report.add(ImportItem.of(paragraph, Kind.IMAGE_TOO_LARGE, name));
            return null;
        }
        boolean converted = type.equals("gif") || type.equals("bmp");
        byte[] kept = converted ? png(bytes) : bytes;
        if (kept == null || total + kept.length > limits.maxImagesSize()) {
            report.add(ImportItem.of(paragraph, kept == null ? Kind.UNSUPPORTED_IMAGE : Kind.IMAGE_TOO_LARGE, name));
            return null;
        }
        total += kept.length;
        String file = "figure-" + (files.size() + 1) + "." + (converted ? "png" : type.equals("jpeg") ? "jpg" : type);
        files.put(file, kept);
        return file;
    }

    /** Width × height from the image's header, without decoding it; 0 when unreadable. */
    private static long pixels(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return 0;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return (long) reader.getWidth(0) * reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static byte[] png(byte[] bytes) {
        try {
            var image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                return null;
            }
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    Map<String, byte[]> files() {
        return files;
    }
}
