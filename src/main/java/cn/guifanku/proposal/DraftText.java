package cn.guifanku.proposal;

import cn.guifanku.web.Problem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;

/**
 * The one rule for the text of a draft file, on every way in (the API's save, the editor's form, an upload, a new
 * proposal's source): at most {@value #MAX_MB} MB of UTF-8 (413), UTF-8 only and no control characters (415: a page
 * form decodes bytes that are not UTF-8 as U+FFFD, which is refused too), not empty, and — for the documents of a
 * draft, the standard and its 编制说明, not the parts they include — AsciiDoc that starts with a “= ” title (422). Each refusal says which file and which line, and nothing is committed.
 */
public final class DraftText {

    public static final int MAX_MB = 5;
    public static final long MAX_BYTES = MAX_MB * 1024L * 1024;
    /** The files that are documents of their own, with a title; any other file of a draft is a part they include. */
    private static final java.util.Set<String> DOCUMENTS = java.util.Set.of(Drafts.STANDARD, Drafts.NOTE);

    private DraftText() {
    }

    /** Decodes uploaded bytes strictly as UTF-8 (a byte order mark is dropped), then checks the text. */
    public static String decode(String file, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(file, bytes.length);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return check(file, text);
        } catch (CharacterCodingException e) {
            throw refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "draft-not-utf8", file, lineOfByte(bytes), file, lineOfByte(bytes));
        }
    }

    /** @return the text to commit (without a byte order mark) */
    public static String check(String file, String text) {
        if (text == null || text.isBlank()) {
            throw refusal(HttpStatus.UNPROCESSABLE_ENTITY, "draft-empty", file, null, file);
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        long bytes = utf8Length(body);
        if (bytes > MAX_BYTES) {
            throw tooLarge(file, bytes);
        }
        int line = 1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '\uFFFD') {
                throw refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "draft-not-utf8", file, line, file, line);
            } else if (c < 0x20 && c != '\t' && c != '\r' || c == 0x7F) {
                throw refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "draft-control-character", file, line, file, line,
                        String.format("%04X", (int) c));
            }
        }
        String[] lines = DOCUMENTS.contains(file) ? body.split("\n", -1) : new String[0];
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("//")) {
                continue;
            }
            if (!l.startsWith("= ")) {
                throw refusal(HttpStatus.UNPROCESSABLE_ENTITY, "draft-not-asciidoc", file, i + 1, file, i + 1);
            }
            break;
        }
        return body;
    }

    private static Problem tooLarge(String file, long bytes) {
        return refusal(HttpStatus.PAYLOAD_TOO_LARGE, "draft-too-large", file, null, file,
                String.format("%.1f MB", bytes / (1024.0 * 1024)), MAX_MB);
    }

    private static Problem refusal(HttpStatus status, String code, String file, Integer line, Object... args) {
        Object[] words = java.util.Arrays.stream(args).map(String::valueOf).toArray(); // 1234, not "1,234"
        Problem problem = new Problem(status, code, words);
        problem.with("field", "text");
        if (line != null) {
            problem.with("line", line);
        }
        return problem;
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    /** The line of the first byte that is not UTF-8. */
    private static int lineOfByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
