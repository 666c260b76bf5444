package cn.guifanku.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Sets document attributes in an AsciiDoc header: what the chair fixed becomes part of the published source. */
final class HeaderAttributes {

    private HeaderAttributes() {
    }

    /** Replaces each attribute's line in the header, or adds it after the title; a null value removes it. */
    static String set(String source, Map<String, String> attributes) {
        List<String> lines = new ArrayList<>(source.lines().toList());
        int headerEnd = 0;
        while (headerEnd < lines.size() && !lines.get(headerEnd).isBlank()) {
            headerEnd++;
        }
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            String prefix = ":" + a.getKey() + ":";
            int at = -1;
            for (int i = 0; i < headerEnd; i++) {
                if (lines.get(i).startsWith(prefix)) {
                    at = i;
                }
            }
            String line = a.getValue() == null ? null : prefix + " " + a.getValue();
            if (at >= 0 && line != null) {
                lines.set(at, line);
            } else if (at >= 0) {
                lines.remove(at);
                headerEnd--;
            } else if (line != null) {
                int title = lines.isEmpty() || !lines.get(0).startsWith("= ") ? 0 : 1;
                lines.add(title, line);
                headerEnd++;
            }
        }
        return String.join("\n", lines) + "\n";
    }
}
