package cn.guifanku.proposal;

import cn.guifanku.catalog.Catalog;
import cn.guifanku.catalog.StandardNumber;
import cn.guifanku.content.ContentRepository;
import cn.guifanku.proposal.DraftFacts.Expected;
import cn.guifanku.proposal.DraftFacts.Finding;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The catalog's facts for a proposal's draft (what it replaces, the history of its standard, its number) and the
 * draft checked against them: {@link DraftFacts} with the catalog as it reads now.
 */
@Component
class RecordFacts {

    private final Catalog catalog;
    private final ContentRepository content;

    RecordFacts(Catalog catalog, ContentRepository content) {
        this.catalog = catalog;
        this.content = content;
    }

    /** The main file of the draft at a revision. */
    Optional<String> mainText(Proposal p, String revision) {
        return content.readFile(revision, p.folder() + "/" + Drafts.STANDARD).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /**
     * What the catalog says of the standard the draft is an edition of: the one revised, the one the chair's number
     * names, or (a new standard before approval) the one its header's number names; empty for a standard not in the
     * catalog yet, whose draft has no facts to agree with.
     */
    Optional<Expected> expected(Proposal p, String mainText) {
        String slug = p.targetSlug();
        if (slug == null) {
            slug = headerNumber(mainText).flatMap(RecordFacts::slugOf).orElse(null);
        }
        return slug == null ? Optional.empty() : catalog.find(slug).map(Expected::of);
    }

    /** Where the draft's header and 前言 disagree with the catalog. */
    List<Finding> checkRevision(Proposal p, String revision) {
        return mainText(p, revision).map(text -> checkText(p, text)).orElse(List.of());
    }

    List<Finding> checkText(Proposal p, String mainText) {
        return expected(p, mainText).map(e -> DraftFacts.check(mainText, e)).orElse(List.of());
    }

    private static Optional<String> headerNumber(String text) {
        return text.lines().takeWhile(l -> !l.isBlank()).filter(l -> l.startsWith(":std-number:"))
                .map(l -> l.substring(":std-number:".length()).strip()).findFirst();
    }

    private static Optional<String> slugOf(String number) {
        try {
            return Optional.of(StandardNumber.parse(number.replace("××××", "0000")).slug());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
