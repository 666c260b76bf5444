package cn.guifanku.feed;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page which feeds concern it ({@code atomFeeds}): the head links them as {@code rel="alternate"} and
 * the footer shows them. The catalog, a standard's page, the proposals and the 体系表 have feeds.
 */
@ControllerAdvice(annotations = Controller.class)
class FeedLinks {

    static final String STANDARDS = "/feeds/standards.atom";
    static final String COMMENT = "/feeds/comment.atom";
    private static final Pattern STANDARD_PAGE = Pattern.compile("^/standards/([a-z0-9][a-z0-9.-]*)$");

    /** A feed a page links to: its path and the message key of its title. */
    record FeedLink(String href, String titleKey) {
    }

    static String standard(String slug) {
        return "/standards/" + slug + "/feed.atom";
    }

    @ModelAttribute("atomFeeds")
    List<FeedLink> atomFeeds(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        List<FeedLink> feeds = new ArrayList<>();
        Matcher standard = STANDARD_PAGE.matcher(path);
        if (standard.matches()) {
            feeds.add(new FeedLink(standard(standard.group(1)), "feed.standard"));
        }
        if (path.equals("/") || path.equals("/system") || standard.matches()) {
            feeds.add(new FeedLink(STANDARDS, "feed.standards"));
        }
        if (path.equals("/") || path.startsWith("/proposals")) {
            feeds.add(new FeedLink(COMMENT, "feed.comment"));
        }
        return feeds;
    }
}
