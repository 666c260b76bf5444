package cn.guifanku.wordimport;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A Word document converted: the text of {@code standard.adoc}, its figures (file name → bytes, to be placed beside
 * it), the import report, and for each line of the AsciiDoc (1-based) the Word paragraph it came from.
 */
public record ImportedDraft(String standard, Map<String, byte[]> figures, List<ImportItem> report,
                            NavigableMap<Integer, Integer> paragraphOfLine) {

    public ImportedDraft {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        report = List.copyOf(report);
        paragraphOfLine = Collections.unmodifiableNavigableMap(new TreeMap<>(paragraphOfLine));
    }

    /** The Word paragraph a line of the AsciiDoc came from (or the nearest line before it that came from one). */
    public Optional<Integer> paragraphAt(int line) {
        return Optional.ofNullable(paragraphOfLine.floorEntry(line)).map(Map.Entry::getValue);
    }
}
