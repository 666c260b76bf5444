package cn.guifanku.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where the container sends every error that no controller answered: a status set by a filter (a refused sign-in,
 * a CSRF token missing, an upload too large), a path nobody serves, an exception outside Spring MVC. The JSON API gets
 * Problem Details, browsers the error page, both in the reader's language and never with internal details. A request
 * for {@code /error} itself finds nothing there (404).
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorEndpoint implements ErrorController {

    private final ProblemTexts texts;

    ErrorEndpoint(org.springframework.context.MessageSource messages) {
        this.texts = new ProblemTexts(messages);
    }

    @RequestMapping
    Object error(HttpServletRequest request, Locale locale) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : HttpStatus.NOT_FOUND.value();
        String explained = request.getAttribute(ProblemTexts.EXPLAINED) instanceof String c ? c : ProblemTexts.codeFor(status);
        Object[] args = request.getAttribute(ProblemTexts.EXPLAINED_ARGS) instanceof Object[] a ? a : new Object[0];
        ProblemDetail problem = texts.problem(org.springframework.http.HttpStatusCode.valueOf(status), explained, locale, args);
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
            try {
                problem.setInstance(java.net.URI.create(failed));
            } catch (IllegalArgumentException e) {
                problem.setInstance(null); // a path that is no URI: the client knows what it sent
            }
        }
        if (ProblemTexts.wantsJson(request)) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        page.addObject("message", problem.getDetail());
        return page;
    }
}
