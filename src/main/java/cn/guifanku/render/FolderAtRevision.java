package cn.guifanku.render;

import cn.guifanku.content.ContentRepository;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A standard's folder at one commit, as the renderer sees it: reads come from Git, never from disk, and a path
 * that tries to leave the folder finds nothing.
 */
public record FolderAtRevision(ContentRepository repository, String commitId, String folder) implements SourceFiles {

    @Override
    public String label() {
        return folder + "@" + commitId.substring(0, 7);
    }

    @Override
    public Optional<String> read(String relativePath) {
        if (!isInside(relativePath)) {
            return Optional.empty();
        }
        return repository.readFile(commitId, folder + "/" + relativePath)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    @Override
    public Optional<byte[]> readBytes(String relativePath) {
        return isInside(relativePath) ? repository.readFile(commitId, folder + "/" + relativePath) : Optional.empty();
    }

    public static boolean isInside(String path) {
        if (path == null || path.isBlank() || path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            return false;
        }
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
