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
     * What the catalog says of the standard the draft is an edition of: the one revised or the one the chair's number
     * names; empty for a new standard before approval and for a standard not in the catalog yet, whose draft has no
     * facts to agree with.
     */
    Optional<Expected> expected(Proposal p) {
        return p.targetSlug() == null ? Optional.empty() : catalog.find(p.targetSlug()).map(Expected::of);
    }

    /** Where the draft's header and 前言 disagree with the catalog. */
    List<Finding> checkRevision(Proposal p, String revision) {
        return mainText(p, revision).map(text -> checkText(p, text)).orElse(List.of());
    }

    /**
     * Where the draft's header and 前言 disagree with the catalog. A new standard before approval is an edition of no
     * standard: if its header takes the number of one the catalog has (a document made from that standard's edition
     * does), that number is not its to take.
     */
    List<Finding> checkText(Proposal p, String mainText) {
        if (p.targetSlug() == null) {
            return headerNumber(mainText).flatMap(RecordFacts::slugOf).flatMap(catalog::find)
                    .map(taken -> DraftFacts.numberTaken(mainText, taken)).orElse(List.of());
        }
        return expected(p).map(e -> DraftFacts.check(mainText, e)).orElse(List.of());
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
