package cn.guifanku.terms;

import cn.guifanku.catalog.ArtifactStore;
import cn.guifanku.catalog.Catalog;
import cn.guifanku.catalog.Edition;
import cn.guifanku.catalog.EditionStatus;
import cn.guifanku.catalog.StandardEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * The term base: the entries under 术语和定义 of every edition in force (现行, and 即将实施), one row per term (compared
 * without spaces, punctuation or width), each with all its definitions. Read from the published HTML, kept per file.
 */
@Service
class TermBase {

    private final Catalog catalog;
    private final ArtifactStore artifacts;
    private final Map<String, List<TermEntry>> bySha = new ConcurrentHashMap<>();

    TermBase(Catalog catalog, ArtifactStore artifacts) {
        this.catalog = catalog;
        this.artifacts = artifacts;
    }

    /** Every term, in Chinese order of the term. */
    List<TermRow> rows() {
        Map<String, List<Located>> byTerm = new LinkedHashMap<>();
        for (Located located : entries()) {
            byTerm.computeIfAbsent(TermExtractor.normalise(located.entry().term()), k -> new ArrayList<>()).add(located);
        }
        List<TermRow> rows = new ArrayList<>();
        byTerm.values().forEach(list -> rows.add(row(list)));
        rows.sort(Comparator.comparing(TermRow::term, java.text.Collator.getInstance(java.util.Locale.CHINA)));
        return rows;
    }

    /** Rows whose term, English equivalent or a definition contains {@code query}; only conflicting ones if asked. */
    List<TermRow> find(String query, boolean conflictsOnly) {
        String needle = TermExtractor.normalise(query);
        return rows().stream().filter(r -> !conflictsOnly || r.conflicting())
                .filter(r -> needle.isEmpty() || TermExtractor.normalise(r.term() + r.english()).contains(needle)
                        || r.definitions().stream().anyMatch(d -> TermExtractor.normalise(d.definition()).contains(needle)))
                .toList();
    }

    /** Each entry of the editions in force, with the edition that defines it. */
    List<Located> entries() {
        List<Located> all = new ArrayList<>();
        for (StandardEntry standard : catalog.standards()) {
            for (Edition edition : standard.editions()) {
                if (edition.status() == EditionStatus.CURRENT || edition.status() == EditionStatus.UPCOMING) {
                    entries(edition).forEach(e -> all.add(new Located(edition, e)));
                }
            }
        }
        return all;
    }

    private List<TermEntry> entries(Edition edition) {
        String sha = edition.published().html().sha256();
        return bySha.computeIfAbsent(sha, s -> artifacts.find(s).map(path -> {
            try {
                return TermExtractor.extract(Files.readAllBytes(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(List.of()));
    }

    /**
     * One row: per standard one definition, from its edition in force first (then the upcoming one, newest first),
     * naming the other editions that define the term alike; a conflict when two standards' own definitions differ.
     */
    private static TermRow row(List<Located> list) {
        TermEntry first = list.get(0).entry();
        String english = list.stream().map(l -> l.entry().english()).filter(s -> !s.isBlank()).findFirst().orElse("");
        Map<String, List<Located>> byStandard = new LinkedHashMap<>();
        list.forEach(l -> byStandard.computeIfAbsent(l.edition().slug(), k -> new ArrayList<>()).add(l));
        List<TermRow.Definition> definitions = new ArrayList<>();
        java.util.Set<String> own = new java.util.HashSet<>();
        for (List<Located> editions : byStandard.values()) {
            List<Located> ordered = editions.stream().sorted(IN_FORCE_FIRST).toList();
            Map<String, List<Located>> alike = new LinkedHashMap<>();
            ordered.forEach(l -> alike.computeIfAbsent(TermExtractor.normalise(l.entry().definition()), k -> new ArrayList<>()).add(l));
            alike.values().forEach(same -> definitions.add(same.get(0).definition(same.stream().skip(1)
                    .map(l -> l.edition().number()).toList())));
            Located shown = ordered.get(0);
            if (shown.entry().source() == null || shown.entry().source().isBlank()) {
                own.add(TermExtractor.normalise(shown.entry().definition()));
            }
        }
        return new TermRow(first.term(), english, definitions, own.size() > 1);
    }

    /** The edition in force, then the upcoming one; newer before older. */
    private static final Comparator<Located> IN_FORCE_FIRST = Comparator
            .comparing((Located l) -> l.edition().status() != EditionStatus.CURRENT)
            .thenComparing((Located l) -> l.edition().metadata().issued(), Comparator.reverseOrder());

    /** An entry and the edition it is in. */
    record Located(Edition edition, TermEntry entry) {
        TermRow.Definition definition(List<String> alsoIn) {
            return new TermRow.Definition(edition.number(), edition.metadata().titleZh(), entry.number(),
                    entry.definition(), entry.notes(), entry.source(), edition.slug(),
                    "/standards/" + edition.slug() + "/" + edition.key() + ".html#" + entry.anchor(), alsoIn);
        }
    }
}
