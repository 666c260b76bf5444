package cn.guifanku.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What rendered an edition: this application's version and the versions of the libraries that shape the bytes
 * (asciidoctorj, asciidoctorj-pdf, PDFBox), from {@code archive/renderer.properties}, which the build fills in.
 * Recorded with every edition and in its tag, because a later version may lay out the same source differently: to
 * re-render an edition byte for byte, a library uses the release named here.
 */
public record RendererVersion(String value) {

    /** This build's version. */
    public static RendererVersion current() {
        try (InputStream in = RendererVersion.class.getResourceAsStream("/archive/renderer.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            return new RendererVersion(properties.getProperty("renderer.version", "guifanku (unknown version)"));
        } catch (IOException e) {
            return new RendererVersion("guifanku (unknown version)");
        }
    }
}
