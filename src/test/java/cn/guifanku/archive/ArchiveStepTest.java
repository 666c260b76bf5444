package cn.guifanku.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The archive step on PDFs that stand in for the renderer's (the samples themselves: render.ArchivalSamplesTest). */
class ArchiveStepTest {

    static final Instant TAG_TIME = Instant.parse("2026-12-07T02:00:00Z");
    final ArchiveStep step = ArchiveStep.create(TestKeys.committee(), null);
    final PdfaValidation veraPdf = new PdfaValidation();

    @Test
    void refusesPdfWithUnembeddedFontNamingTheRule() {
        assertThatThrownBy(() -> step.archive(TestPdfs.unembeddedFont(), TestPdfs.FACTS, TAG_TIME))
                .isInstanceOf(ArchiveRefusedException.class)
                .hasMessageContaining("不符合 PDF/A-2u")
                .hasMessageContaining("ISO 19005-2 6.2.11.4.1-1")
                .satisfies(e -> assertThat(((ArchiveRefusedException) e).broken())
                        .extracting(PdfaValidation.BrokenRule::id).contains("6.2.11.4.1-1"));
    }

    @Test
    void makesSignedPdfA2uThatBeginsWithTheUnsignedFile() {
        byte[] rendered = TestPdfs.embedded("公共图书馆读者服务规范");
        assertThat(veraPdf.validate(rendered).compliant()).as("the stand-in is no PDF/A before the step").isFalse();

        ArchivalPdf pdf = step.archive(rendered, TestPdfs.FACTS, TAG_TIME);

        assertThat(veraPdf.validate(pdf.signed()).broken()).isEmpty();
        byte[] unsigned = new PdfArchiver().archive(rendered, TestPdfs.FACTS);
        assertThat(pdf.unsignedSize()).isEqualTo(unsigned.length);
        assertThat(java.util.Arrays.copyOf(pdf.signed(), unsigned.length)).isEqualTo(unsigned);
        assertThat(pdf.level()).isEqualTo("PDF/A-2u");
        assertThat(pdf.rendererVersion()).startsWith("guifanku ");
    }

    @Test
    void sameEditionSameKeySameTimeGiveTheSameBytes() {
        byte[] rendered = TestPdfs.embedded("图书馆");
        byte[] first = step.archive(rendered, TestPdfs.FACTS, TAG_TIME).signed();
        byte[] second = ArchiveStep.create(TestKeys.committee(), null).archive(rendered.clone(), TestPdfs.FACTS, TAG_TIME).signed();
        assertThat(second).isEqualTo(first);
        byte[] later = step.archive(rendered, TestPdfs.FACTS, TAG_TIME.plusSeconds(1)).signed();
        assertThat(later).as("the signing time is part of the signed file").isNotEqualTo(first);
    }
}
