package cn.guifanku.review;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The home page lists the drafts open for comment ({@code draftsInComment}), so that libraries find them from the
 * first page: title, the standard revised, the deadline, the 征求意见稿 and the page to comment on.
 */
@ControllerAdvice(annotations = Controller.class)
class DraftsInComment {

    private final OpenForComment open;

    DraftsInComment(OpenForComment open) {
        this.open = open;
    }

    @ModelAttribute("draftsInComment")
    List<OpenForComment.Draft> draftsInComment(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/") ? open.now() : null;
    }
}
