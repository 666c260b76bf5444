package cn.guifanku.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves an include target against the including file, inside the standard's folder only.
 * Paths are relative to the folder and use '/'; anything that could leave the folder is refused.
 */
final class FolderPath {

    /** A URI scheme (http:, file:, jar:) or a Windows drive (C:). */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private FolderPath() {
    }

    /**
     * @param includingFile folder-relative path of the file that holds the include directive
     * @param target        the include target as written (attributes already substituted)
     * @return the folder-relative path of the target, or empty when it is absolute, a URL or escapes the folder
     */
    static Optional<String> resolve(String includingFile, String target) {
        if (target == null || target.isBlank() || target.startsWith("/") || target.startsWith("~")
                || target.indexOf('\\') >= 0 || SCHEME.matcher(target).find() || hasControlCharacter(target)) {
            return Optional.empty();
        }
        Deque<String> segments = new ArrayDeque<>();
        int lastSlash = includingFile.lastIndexOf('/');
        if (lastSlash > 0) {
            for (String part : includingFile.substring(0, lastSlash).split("/")) {
                segments.addLast(part);
            }
        }
        for (String part : target.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.removeLast();
            } else {
                segments.addLast(part);
            }
        }
        return segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments));
    }

    private static boolean hasControlCharacter(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }
}
