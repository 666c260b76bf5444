package cn.guifanku.feed;

import cn.guifanku.catalog.Catalog;
import cn.guifanku.catalog.StandardEntry;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.web.Problem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The Atom feeds, public: standards published, replaced and withdrawn; drafts open for comment; one standard's
 * changes. Each answers with an ETag and Last-Modified, and 304 when the reader already has it.
 */
@Controller
class FeedController {

    static final int MAX_ENTRIES = 50;
    static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

    private final Catalog catalog;
    private final Proposals proposals;
    private final CommentPeriods commentPeriods;
    private final Clock clock;
    private final cn.guifanku.web.Times times;
    private final cn.guifanku.proposal.CommentDrafts commentDrafts;
    private final cn.guifanku.web.PublicAddress site;

    FeedController(Catalog catalog, Proposals proposals, CommentPeriods commentPeriods, Clock clock,
                   cn.guifanku.web.Times times, cn.guifanku.proposal.CommentDrafts commentDrafts,
                   cn.guifanku.web.PublicAddress site) {
        this.site = site;
        this.times = times;
        this.commentDrafts = commentDrafts;
        this.catalog = catalog;
        this.proposals = proposals;
        this.commentPeriods = commentPeriods;
        this.clock = clock;
    }

    @GetMapping("/feeds/standards.atom")
    ResponseEntity<byte[]> standards(WebRequest request) {
        return answer(new AtomWriter.Head("urn:guifanku:feed:standards", "规范库：标准发布、代替与废止",
                "新发布、被代替和废止的图书馆标准", FeedLinks.STANDARDS, "/"),
                StandardEvents.of(catalog.standards(), clock, times.zone()), request);
    }

    @GetMapping("/feeds/comment.atom")
    ResponseEntity<byte[]> comment(WebRequest request) {
        return answer(new AtomWriter.Head("urn:guifanku:feed:comment", "规范库：征求意见中的标准草案",
                "公开征求意见的标准草案（征求意见稿）", FeedLinks.COMMENT, "/proposals"),
                CommentEvents.of(proposals.running(), commentPeriods.latest(), commentDrafts), request);
    }

    @GetMapping("/standards/{slug}/feed.atom")
    ResponseEntity<byte[]> standard(@PathVariable String slug, WebRequest request) {
        StandardEntry standard = catalog.find(slug).orElseThrow(() -> Problem.notFound("standard-not-found", slug));
        List<FeedItem> items = Stream.concat(
                StandardEvents.of(catalog.standards(), clock, times.zone()).stream().filter(i -> slug.equals(i.slug())),
                CommentEvents.of(proposals.running(), commentPeriods.latest(), commentDrafts).stream()
                        .filter(i -> slug.equals(i.slug())))
                .sorted(java.util.Comparator.comparing(FeedItem::updated).reversed().thenComparing(FeedItem::id)).toList();
        String title = standard.designation() + " " + standard.headline().metadata().titleZh();
        return answer(new AtomWriter.Head("urn:guifanku:feed:standard:" + slug, "规范库：" + title + " 的变化",
                title + "：新版本、代替、废止和修订征求意见", FeedLinks.standard(slug), "/standards/" + slug), items, request);
    }

    private ResponseEntity<byte[]> answer(AtomWriter.Head head, List<FeedItem> items, WebRequest request) {
        List<FeedItem> shown = items.stream().limit(MAX_ENTRIES).toList();
        String base = site.base();
        byte[] body = AtomWriter.write(head, shown, base, times.zone()).getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + sha256(body) + "\"";
        long lastModified = AtomWriter.updated(shown).toEpochMilli();
        if (request.checkNotModified(etag, lastModified)) {
            return null;
        }
        return ResponseEntity.ok().contentType(ATOM).eTag(etag).lastModified(lastModified).body(body);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
