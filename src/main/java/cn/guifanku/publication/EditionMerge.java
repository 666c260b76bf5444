package cn.guifanku.publication;

import cn.guifanku.content.Author;
import cn.guifanku.content.CommitRequest;
import cn.guifanku.content.ConcurrentEditException;
import cn.guifanku.content.ContentRepository;
import cn.guifanku.content.Revision;
import cn.guifanku.proposal.Drafts;
import cn.guifanku.proposal.Proposal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Publication's first step: merges an approved draft into main as one merge commit (parents: main and the draft),
 * with the number and dates the chair fixed written into its header, and {@code :std-replaces:} as the record has it
 * ({@link cn.guifanku.catalog.Succession}: the edition of the standard in force or upcoming when the chair approved,
 * whatever the draft's header said; numbers of other standards the header names are kept). Idempotent: a retry finds
 * the merge commit it made before (by its {@code Proposal} trailer) instead of making another.
 */
@Component
class EditionMerge {

    private final ContentRepository content;
    private final Drafts drafts;
    private final Clock clock;
    private final cn.guifanku.catalog.Catalog catalog;

    EditionMerge(ContentRepository content, Drafts drafts, Clock clock, cn.guifanku.catalog.Catalog catalog) {
        this.content = content;
        this.drafts = drafts;
        this.clock = clock;
        this.catalog = catalog;
    }

    /**
     * Merges, retrying when main moved meanwhile (another node published or imported something): the merge is made
     * afresh on the new main, never rebased. Only publication retries so; an editor's save is refused instead.
     */
    /**
     * @param replaces the edition the approval recorded as replaced (empty: none); null when the approval recorded
     *                 nothing, so the catalog is asked now
     */
    String merge(Proposal p, Author by, Optional<String> replaces) {
        Optional<String> replaced = replaces != null ? replaces : catalog.find(p.targetSlug())
                .flatMap(cn.guifanku.catalog.Succession::predecessorOfNext).map(cn.guifanku.catalog.Edition::number);
        for (int attempt = 1; ; attempt++) {
            try {
                return mergeOnce(p, by, replaced);
            } catch (ConcurrentEditException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private String mergeOnce(Proposal p, Author by, Optional<String> replaced) {
        Optional<String> done = existing(p);
        if (done.isPresent()) {
            return done.get();
        }
        String draftHead = drafts.head(p);
        Map<String, byte[]> files = new LinkedHashMap<>(drafts.files(p, draftHead));
        String source = new String(files.get(Drafts.STANDARD), StandardCharsets.UTF_8);
        Map<String, String> header = new LinkedHashMap<>();
        header.put("std-number", p.approvedNumber());
        header.put("std-issued", p.issuedOn().toString());
        header.put("std-effective", p.effectiveOn().toString());
        header.put("std-replaces", replaces(source, p, replaced));
        files.put(Drafts.STANDARD, HeaderAttributes.set(source, header).getBytes(StandardCharsets.UTF_8));
        String key = p.approvedNumber().substring(p.approvedNumber().length() - 4);
        return content.commit(new CommitRequest(ContentRepository.MAIN, content.resolve(ContentRepository.MAIN).orElseThrow(),
                p.targetSlug(), files, by, OffsetDateTime.now(clock), "发布 " + p.approvedNumber() + " " + p.title(),
                Map.of("Edition", p.targetSlug() + "/" + key, "Proposal", p.id()), draftHead));
    }

    private Optional<String> existing(Proposal p) {
        if (p.mergeCommit() != null) {
            return Optional.of(p.mergeCommit());
        }
        return content.history(ContentRepository.MAIN, p.targetSlug(), 50).stream()
                .filter(r -> p.id().equals(r.trailers().get("Proposal")) && r.trailers().containsKey("Edition"))
                .map(Revision::id).findFirst();
    }

    /** The recorded edition of this standard, then what the draft's header names of other standards; null: none. */
    static String replaces(String source, Proposal p, Optional<String> replaced) {
        String designation = cn.guifanku.catalog.StandardNumber.parse(p.approvedNumber()).designation();
        java.util.List<String> numbers = new java.util.ArrayList<>();
        replaced.ifPresent(numbers::add);
        source.lines().takeWhile(l -> !l.isBlank()).filter(l -> l.startsWith(":std-replaces:"))
                .flatMap(l -> java.util.Arrays.stream(l.substring(":std-replaces:".length()).split("[,，、]")))
                .map(String::strip).filter(n -> !n.isEmpty())
                .filter(n -> !otherEditionOf(n, designation)).filter(n -> !numbers.contains(n)).forEach(numbers::add);
        return numbers.isEmpty() ? null : String.join(", ", numbers);
    }

    private static boolean otherEditionOf(String number, String designation) {
        try {
            return cn.guifanku.catalog.StandardNumber.parse(number).designation().equals(designation);
        } catch (IllegalArgumentException e) {
            return number.startsWith(designation);
        }
    }
}
