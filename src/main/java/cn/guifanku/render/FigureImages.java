package cn.guifanku.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Checks a figure's image file before anything decodes it, and makes it the data URI both outputs embed: PNG and
 * JPEG by their headers (format matching the name, size and width × height within {@link RenderLimits}, a JPEG in
 * RGB or grey — CMYK would break PDF/A's sRGB output intent; an interlaced PNG, which Prawn cannot read, is written
 * again without interlacing once its size is known to be safe), SVG through {@link SvgSanitizer}.
 */
final class FigureImages {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** An image ready to embed: {@code data:image/…;base64,…}. */
    record Embedded(String dataUri, long size) {
    }

    /** The image, or why it is refused (Chinese, for the editor). */
    record Checked(Embedded image, String refusal) {
    }

    private final RenderLimits limits;
    private final SvgSanitizer svg = new SvgSanitizer();

    FigureImages(RenderLimits limits) {
        this.limits = limits;
    }

    Checked check(String path, byte[] bytes) {
        if (bytes.length > limits.maxImageSize()) {
            return refused("图片文件 " + path + " 有 " + SourceLimits.size(bytes.length) + "，超过每个图片的上限 "
                    + SourceLimits.size(limits.maxImageSize()));
        }
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "png" -> png(path, bytes);
            case "jpg", "jpeg" -> jpeg(path, bytes);
            case "svg" -> {
                SvgSanitizer.Result clean = svg.sanitize(bytes);
                yield clean.refusal() != null ? refused(clean.refusal() + "：" + path)
                        : embedded("image/svg+xml", clean.svg());
            }
            default -> refused("不支持的图片格式（只能用 PNG、JPEG 或 SVG）：" + path);
        };
    }

    private Checked png(String path, byte[] bytes) {
        if (bytes.length < 33 || !startsWith(bytes, PNG_SIGNATURE) || !"IHDR".equals(new String(bytes, 12, 4,
                java.nio.charset.StandardCharsets.ISO_8859_1))) {
            return refused("不是 PNG 文件：" + path);
        }
        Checked tooLarge = pixels(path, u32(bytes, 16), u32(bytes, 20));
        if (tooLarge != null) {
            return tooLarge;
        }
        return bytes[28] == 0 ? embedded("image/png", bytes) : deinterlaced(path, bytes);
    }

    private Checked jpeg(String path, byte[] bytes) {
        int i = 2;
        if (bytes.length < 4 || (bytes[0] & 0xff) != 0xff || (bytes[1] & 0xff) != 0xd8) {
            return refused("不是 JPEG 文件：" + path);
        }
        while (i + 9 < bytes.length) {
            int marker = bytes[i + 1] & 0xff;
            if ((bytes[i] & 0xff) != 0xff || marker == 0xda) {
                break;
            }
            if (marker == 0xff || marker == 0x01 || marker >= 0xd0 && marker <= 0xd7) {
                i += marker == 0xff ? 1 : 2;
                continue;
            }
            if (marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc) {
                if ((bytes[i + 9] & 0xff) == 4) {
                    return refused("JPEG 图片 " + path + " 是 CMYK 颜色，不能放进 PDF/A（须为 sRGB）：请另存为 RGB 颜色的 JPEG 或 PNG");
                }
                Checked tooLarge = pixels(path, u16(bytes, i + 7), u16(bytes, i + 5));
                return tooLarge != null ? tooLarge : embedded("image/jpeg", bytes);
            }
            i += 2 + u16(bytes, i + 2);
        }
        return refused("JPEG 文件 " + path + " 读不出图像尺寸");
    }

    private Checked pixels(String path, long width, long height) {
        if (width <= 0 || height <= 0) {
            return refused("图片 " + path + " 的尺寸无效");
        }
        if (width * height > limits.maxImagePixels()) {
            return refused("图片 " + path + " 有 " + width + "×" + height + " 像素，超过上限 " + limits.maxImagePixels()
                    + " 像素（宽×高）：请缩小后再用");
        }
        return null;
    }

    /** Prawn reads no interlaced PNG: decoded (its size is checked already) and written again without interlacing. */
    private static Checked deinterlaced(String path, byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
            if (image == null || !ImageIO.write(image, "png", out)) {
                return refused("PNG 文件 " + path + " 无法读取");
            }
            return embedded("image/png", out.toByteArray());
        } catch (IOException | RuntimeException e) {
            return refused("PNG 文件 " + path + " 无法读取");
        }
    }

    private static Checked embedded(String mediaType, byte[] bytes) {
        return new Checked(new Embedded("data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes),
                bytes.length), null);
    }

    private static Checked refused(String why) {
        return new Checked(null, why);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
    }
}
