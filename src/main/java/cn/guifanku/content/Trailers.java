package cn.guifanku.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Git trailers ({@code Key: value} lines in a message's last paragraph): how commits carry machine-readable facts. */
final class Trailers {

    private static final Pattern LINE = Pattern.compile("^([A-Za-z][A-Za-z0-9-]*): (.+)$");

    private Trailers() {
    }

    static String append(String message, Map<String, String> trailers) {
        StringBuilder text = new StringBuilder(message.strip()).append('\n');
        if (!trailers.isEmpty()) {
            text.append('\n');
            trailers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(t -> text.append(t.getKey()).append(": ").append(t.getValue()).append('\n'));
        }
        return text.toString();
    }

    static Map<String, String> parse(String message) {
        String[] paragraphs = message.strip().split("\n\\s*\n");
        Map<String, String> trailers = new LinkedHashMap<>();
        if (paragraphs.length < 2) {
            return trailers;
        }
        for (String line : paragraphs[paragraphs.length - 1].split("\n")) {
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches()) {
                return Map.of();
            }
            trailers.put(m.group(1), m.group(2));
        }
        return trailers;
    }
}
