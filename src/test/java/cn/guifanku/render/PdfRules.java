package cn.guifanku.render;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * The straight lines a PDF strokes (rules, table borders, the end line, boxes) and where it draws images, in the
 * coordinates of {@link PdfGlyphs}: points from the page's top left corner. Curves are left out.
 */
final class PdfRules {

    /** One stroked straight segment on a page (1-based). */
    record Segment(int page, float x1, float y1, float x2, float y2) {

        boolean horizontal() {
            return Math.abs(y1 - y2) < 0.1f && Math.abs(x1 - x2) > 0.1f;
        }

        float left() {
            return Math.min(x1, x2);
        }

        float right() {
            return Math.max(x1, x2);
        }

        float length() {
            return (float) Math.hypot(x2 - x1, y2 - y1);
        }
    }

    /** Where an image is drawn: page (1-based), top left corner, width and height. */
    record Image(int page, float x, float y, float width, float height) {
    }

    private PdfRules() {
    }

    static List<Segment> of(byte[] pdf) {
        List<Segment> segments = new ArrayList<>();
        read(pdf, segments, new ArrayList<>());
        return segments;
    }

    static List<Image> images(byte[] pdf) {
        List<Image> images = new ArrayList<>();
        read(pdf, new ArrayList<>(), images);
        return images;
    }

    private static void read(byte[] pdf, List<Segment> segments, List<Image> images) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int number = 0;
            for (PDPage page : document.getPages()) {
                Engine engine = new Engine(page, ++number, segments, images);
                engine.processPage(page);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Engine extends PDFGraphicsStreamEngine {
        private final int number;
        private final float height;
        private final List<Segment> out;
        private final List<Image> images;
        private final List<float[]> path = new ArrayList<>();
        private Point2D.Float current = new Point2D.Float();
        private Point2D.Float start = new Point2D.Float();

        Engine(PDPage page, int number, List<Segment> out, List<Image> images) {
            super(page);
            this.number = number;
            this.height = page.getMediaBox().getHeight();
            this.out = out;
            this.images = images;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            line(p0, p1);
            line(p1, p2);
            line(p2, p3);
            line(p3, p0);
            current = new Point2D.Float((float) p0.getX(), (float) p0.getY());
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
            start = current;
        }

        @Override
        public void lineTo(float x, float y) {
            Point2D.Float next = new Point2D.Float(x, y);
            line(current, next);
            current = next;
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
            line(current, start);
            current = start;
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void strokePath() {
            for (float[] s : path) {
                out.add(new Segment(number, s[0], height - s[1], s[2], height - s[3]));
            }
            path.clear();
        }

        @Override
        public void fillPath(int windingRule) {
            path.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        @Override
        public void drawImage(PDImage pdImage) {
            Matrix m = getGraphicsState().getCurrentTransformationMatrix();
            images.add(new Image(number, m.getTranslateX(), height - m.getTranslateY() - m.getScalingFactorY(),
                    m.getScalingFactorX(), m.getScalingFactorY()));
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }

        private void line(Point2D from, Point2D to) {
            path.add(new float[] {(float) from.getX(), (float) from.getY(), (float) to.getX(), (float) to.getY()});
        }
    }
}
