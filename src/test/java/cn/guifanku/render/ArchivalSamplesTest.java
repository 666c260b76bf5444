package cn.guifanku.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.archive.ArchivalFacts;
import cn.guifanku.archive.PadesSigner;
import cn.guifanku.archive.PdfArchiver;
import cn.guifanku.archive.PdfaValidation;
import cn.guifanku.archive.TestKeys;
import cn.guifanku.archive.Tools;
import cn.guifanku.render.SharedRenderer.RenderedFixtures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every sample edition, as the renderer prints it, made archival by the publication's archive step: PDF/A-2u by
 * veraPDF before and after the signature, pdfsig finds the signature valid over the whole file, the signed file begins
 * with the unsigned one, and its first page looks exactly like the renderer's.
 */
@ExtendWith(SharedRenderer.class)
class ArchivalSamplesTest {

    static final Instant TAG_TIME = Instant.parse("2026-12-07T02:00:00Z");
    final PdfaValidation veraPdf = new PdfaValidation();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"wh-t-201/2019", "wh-t-201/2024", "wh-t-202/2023", "wh-t-203/2025"})
    void sampleBecomesSignedPdfA2u(String sample, RenderedFixtures fixtures) throws IOException {
        RenderedStandard rendered = fixtures.sample(sample);
        ArchivalFacts facts = new ArchivalFacts(rendered.metadata(), sample, "0".repeat(40));

        byte[] unsigned = new PdfArchiver().archive(rendered.pdf(), facts);
        byte[] signed = new PadesSigner().sign(unsigned, facts, TestKeys.committee(), TAG_TIME);

        assertThat(veraPdf.validate(unsigned).broken()).as("PDF/A-2u of " + sample).isEmpty();
        assertThat(veraPdf.validate(signed).broken()).as("PDF/A-2u of " + sample + ", signed").isEmpty();
        assertThat(Arrays.copyOf(signed, unsigned.length)).as("an incremental update").isEqualTo(unsigned);
        assertThat(new PdfArchiver().archive(rendered.pdf(), facts)).as("reproducible").isEqualTo(unsigned);
        assertThat(new PadesSigner().sign(unsigned, facts, TestKeys.committee(), TAG_TIME)).as("reproducible").isEqualTo(signed);
        try (PDDocument document = Loader.loadPDF(signed)) {
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>U</pdfaid:conformance>",
                    "<dc:identifier>" + rendered.metadata().number() + "</dc:identifier>",
                    "<rdf:li xml:lang=\"zh-CN\">" + rendered.metadata().titleZh() + "</rdf:li>",
                    "<rdf:li xml:lang=\"en\">" + rendered.metadata().titleEn() + "</rdf:li>",
                    "<rdf:li>" + rendered.metadata().issuer() + "</rdf:li>",
                    "<gfk:committee>" + rendered.metadata().committee() + "</gfk:committee>",
                    "<gfk:effective>" + rendered.metadata().effective() + "</gfk:effective>",
                    "<xmp:CreateDate>" + rendered.metadata().issued() + "T00:00:00+08:00</xmp:CreateDate>",
                    "<rdf:li>zh-CN</rdf:li>");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
            assertThat(document.getDocumentCatalog().getOutputIntents()).singleElement()
                    .satisfies(i -> assertThat(i.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1"));
        }

        Tools.require("pdfsig");
        Path file = Files.write(dir.resolve("signed.pdf"), signed);
        Tools.Result pdfsig = Tools.run(dir, "pdfsig", file.toString());
        assertThat(pdfsig.output()).as(pdfsig.output()).contains("Signature is Valid.", "Total document signed",
                "ETSI.CAdES.detached", "全国图书馆标准化技术委员会");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wh-t-201/2024", "wh-t-202/2023"})
    void firstPageOfTheSignedPdfLooksExactlyLikeTheRenderersFirstPage(String sample, RenderedFixtures fixtures) throws IOException {
        RenderedStandard rendered = fixtures.sample(sample);
        ArchivalFacts facts = new ArchivalFacts(rendered.metadata(), sample, "0".repeat(40));
        byte[] signed = new PadesSigner().sign(new PdfArchiver().archive(rendered.pdf(), facts), facts,
                TestKeys.committee(), TAG_TIME);

        BufferedImage before = firstPage(rendered.pdf());
        BufferedImage after = firstPage(signed);

        assertThat(after.getWidth()).isEqualTo(before.getWidth());
        assertThat(after.getHeight()).isEqualTo(before.getHeight());
        long differing = 0;
        for (int y = 0; y < before.getHeight(); y++) {
            for (int x = 0; x < before.getWidth(); x++) {
                if (before.getRGB(x, y) != after.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("pixels that differ on page 1 of " + sample).isZero();
        long ink = 0;
        for (int y = 0; y < before.getHeight(); y++) {
            for (int x = 0; x < before.getWidth(); x++) {
                ink += (before.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
            }
        }
        assertThat(ink).as("the page is not blank").isGreaterThan(1000);
    }

    private static BufferedImage firstPage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, 110);
        }
    }
}
