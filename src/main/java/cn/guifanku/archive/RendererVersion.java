package cn.guifanku.archive;

/**
 * What rendered an edition: this application's version and the versions of the libraries that shape the bytes
 * (asciidoctorj, asciidoctorj-pdf, PDFBox). Recorded with every edition, because a later version may lay out the same
 * source differently: to re-render an edition byte for byte, a library uses the release named here.
 */
public record RendererVersion(String value) {
}
