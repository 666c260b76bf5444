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
 * with the number and dates the chair fixed written into its header. Idempotent: a retry finds the merge commit
 * it made before (by its {@code Proposal} trailer) instead of making another.
 */
@Component
class EditionMerge {

    private final ContentRepository content;
    private final Drafts drafts;
    private final Clock clock;

    EditionMerge(ContentRepository content, Drafts drafts, Clock clock) {
        this.content = content;
        this.drafts = drafts;
        this.clock = clock;
    }

    /**
     * Merges, retrying when main moved meanwhile (another node published or imported something): the merge is made
     * afresh on the new main, never rebased. Only publication retries so; an editor's save is refused instead.
     */
    String merge(Proposal p, Author by) {
        for (int attempt = 1; ; attempt++) {
            try {
                return mergeOnce(p, by);
            } catch (ConcurrentEditException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private String mergeOnce(Proposal p, Author by) {
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
        if (p.kind() == Proposal.Kind.REVISION && p.revisesEdition() != null) {
            header.put("std-replaces", replacedNumber(p));
        }
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

    private String replacedNumber(Proposal p) {
        String tag = content.resolve("refs/tags/" + p.targetSlug() + "/" + p.revisesEdition()).orElseThrow();
        String text = new String(content.readFile(tag, p.targetSlug() + "/" + Drafts.STANDARD).orElseThrow(),
                StandardCharsets.UTF_8);
        return text.lines().filter(l -> l.startsWith(":std-number:")).map(l -> l.substring(12).strip()).findFirst()
                .orElse(null);
    }
}
