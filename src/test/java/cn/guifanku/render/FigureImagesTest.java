package cn.guifanku.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;

/** A figure's image file checked before anything decodes it, without Asciidoctor. */
class FigureImagesTest {

    private static final RenderLimits LIMITS = new RenderLimits(16 * 1024, 1 << 20, 1 << 20, 64, 16, 1 << 26,
            64 * 1024, 128 * 1024, 1_000_000);
    private final FigureImages images = new FigureImages(LIMITS);

    @Test
    void aPngWithinTheLimitsIsEmbeddedAsItIs() throws IOException {
        byte[] png = png(40, 30, "png");
        FigureImages.Checked checked = images.check("images/flow.png", png);
        assertThat(checked.refusal()).isNull();
        assertThat(checked.image().dataUri()).isEqualTo("data:image/png;base64," + Base64.getEncoder().encodeToString(png));
    }

    @Test
    void anImageTooLargeInPixelsIsRefusedFromItsHeaderAlone() {
        byte[] header = new byte[64];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                0, 0, 0x75, 0x30, 0, 0, 0x75, 0x30, 8, 6, 0, 0, 0}, 0, header, 0, 29); // 30000 × 30000, no pixel data
        assertThat(images.check("huge.png", header).refusal()).contains("30000×30000 像素", "超过上限");
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() {
        assertThat(images.check("big.png", new byte[64 * 1024 + 1]).refusal()).contains("超过每个图片的上限 64 KB");
    }

    @Test
    void aFileWhoseContentIsNotItsFormatIsRefused() {
        assertThat(images.check("flow.png", "<svg/>".getBytes(StandardCharsets.UTF_8)).refusal()).contains("不是 PNG 文件");
        assertThat(images.check("photo.jpg", new byte[] {1, 2, 3, 4}).refusal()).contains("不是 JPEG 文件");
        assertThat(images.check("flow.gif", new byte[] {1}).refusal()).contains("不支持的图片格式");
    }

    @Test
    void aJpegIsMeasuredFromItsFrameHeaderAndACmykJpegIsRefused() throws IOException {
        byte[] jpeg = png(50, 20, "jpg");
        assertThat(images.check("photo.jpeg", jpeg).image().dataUri()).startsWith("data:image/jpeg;base64,");
        byte[] cmyk = jpeg.clone();
        for (int i = 2; i < cmyk.length - 10; i++) {
            if ((cmyk[i] & 0xff) == 0xff && (cmyk[i + 1] & 0xff) == 0xc0) {
                cmyk[i + 9] = 4; // the frame header's component count
                break;
            }
        }
        assertThat(images.check("photo.jpg", cmyk).refusal()).contains("CMYK");
    }

    @Test
    void anInterlacedPngIsWrittenAgainWithoutInterlacing() throws IOException {
        FigureImages.Checked checked = images.check("i.png", interlaced(16, 16));
        assertThat(checked.refusal()).isNull();
        byte[] written = Base64.getDecoder().decode(checked.image().dataUri().substring("data:image/png;base64,".length()));
        assertThat(written[28]).isZero();
    }

    @Test
    void anSvgIsSanitisedAndAnSvgWithAScriptIsRefused() {
        assertThat(images.check("flow.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>流程</text></svg>"
                .getBytes(StandardCharsets.UTF_8)).image().dataUri()).startsWith("data:image/svg+xml;base64,");
        assertThat(images.check("evil.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8)).refusal()).contains("<script>", "evil.svg");
    }

    static byte[] png(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static byte[] interlaced(int width, int height) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT); // the JDK's PNG writer interlaces (Adam7) in this mode
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new javax.imageio.IIOImage(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), null, null), param);
        }
        byte[] png = out.toByteArray();
        assertThat(png[28]).as("the writer interlaced").isEqualTo((byte) 1);
        return png;
    }
}
