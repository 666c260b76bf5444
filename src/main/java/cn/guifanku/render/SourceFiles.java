package cn.guifanku.render;

import java.util.Optional;

/**
 * The files of one standard's folder at one revision, as the renderer may see them.
 * Paths are relative to the standard's folder and use '/'. Nothing outside the folder is reachable.
 */
public interface SourceFiles {

    /** The main document inside the folder. */
    String MAIN = "standard.adoc";

    /** A label for reports and logs, for example {@code wh-t-201@3f2a9c1}. */
    String label();

    /** The file's text (UTF-8), or empty when the folder holds no such file. */
    Optional<String> read(String relativePath);

    /**
     * The file's bytes (an image of a figure), or empty when the folder holds no such file. Sources that serve text
     * only (unsaved text, generated documents) have no images: they answer empty unless they delegate to a folder.
     */
    default Optional<byte[]> readBytes(String relativePath) {
        return Optional.empty();
    }
}
