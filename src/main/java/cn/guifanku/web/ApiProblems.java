package cn.guifanku.web;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * JSON API errors as RFC 9457 Problem Details: every exception Spring raises about a request (unreadable or invalid
 * body, a value of the wrong type, a missing parameter, an unsupported method or media type …) and every
 * {@link Problem} of ours, each with a stable {@code type}, a title and detail in the caller's language (Chinese unless
 * the caller asks for English) and, where one field is at fault, that field ({@code field}, or {@code errors} with a
 * field and message each).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private final ProblemTexts texts;
    private final RequestProblems problems;

    ApiProblems(org.springframework.context.MessageSource messages) {
        this.texts = new ProblemTexts(messages);
        this.problems = new RequestProblems(messages);
    }

    /** A request the API cannot even read: the body, its encoding, its media type. */
    @ExceptionHandler(org.springframework.util.InvalidMimeTypeException.class)
    ResponseEntity<Object> badMediaType(Exception e, WebRequest request) {
        return handleExceptionInternal(e, null, new HttpHeaders(), HttpStatus.UNSUPPORTED_MEDIA_TYPE, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        Object given = body == null && ex instanceof org.springframework.web.ErrorResponse response
                ? response.updateAndGetBody(getMessageSource(), locale) : body;
        ProblemDetail problem = given instanceof ProblemDetail p && ours(p) ? p : problems.describe(ex, status, locale);
        problem.setTitle(texts.title(status.value(), locale));
        HttpHeaders answer = new HttpHeaders();
        answer.putAll(headers);
        answer.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return super.handleExceptionInternal(ex, problem, answer, status, request);
    }

    private static boolean ours(ProblemDetail problem) {
        return problem.getType().toString().startsWith("urn:guifanku:problem:");
    }

}
