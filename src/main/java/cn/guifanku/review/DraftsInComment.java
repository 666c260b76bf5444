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

    private final org.springframework.beans.factory.ObjectProvider<OpenForComment> open;

    // A provider: a page slice under test (@WebMvcTest) has this advice but not the review's services.
    DraftsInComment(org.springframework.beans.factory.ObjectProvider<OpenForComment> open) {
        this.open = open;
    }

    @ModelAttribute("draftsInComment")
    List<OpenForComment.Draft> draftsInComment(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        OpenForComment drafts = path.equals("/") ? open.getIfAvailable() : null;
        return drafts == null ? null : drafts.now();
    }
}
