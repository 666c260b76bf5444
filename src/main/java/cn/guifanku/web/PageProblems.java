package cn.guifanku.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors on pages and downloads: an error page in the reader's language with the status and what to do next.
 * Problems that point somewhere (the edition in force, the replacement) offer that link.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

    private final MessageSource messages;
    private final RequestProblems requests;

    PageProblems(MessageSource messages) {
        this.messages = messages;
        this.requests = new RequestProblems(messages);
    }

    /**
     * What Spring finds wrong with a page's request (a form field missing or of the wrong type, an unreadable body, a
     * method the page does not take): the error page with its status and the same words the API uses.
     */
    @ExceptionHandler({org.springframework.web.bind.ServletRequestBindingException.class,
        org.springframework.beans.TypeMismatchException.class,
        org.springframework.http.converter.HttpMessageNotReadableException.class,
        org.springframework.web.HttpMediaTypeNotSupportedException.class,
        org.springframework.web.HttpRequestMethodNotSupportedException.class,
        org.springframework.web.bind.MethodArgumentNotValidException.class,
        org.springframework.web.method.annotation.HandlerMethodValidationException.class,
        org.springframework.web.multipart.support.MissingServletRequestPartException.class,
        org.springframework.web.context.request.async.AsyncRequestTimeoutException.class})
    ModelAndView request(Exception e, Locale locale, HttpServletResponse response) {
        org.springframework.http.HttpStatusCode status = e instanceof ErrorResponse r ? r.getStatusCode()
                : org.springframework.http.HttpStatus.BAD_REQUEST;
        if (e instanceof ErrorResponse r) {
            r.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        }
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("message", requests.describe(e, status, locale).getDetail());
        return view;
    }

    /** An upload far over the limit never reaches a controller: say so plainly instead of a bare 413. */
    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(Locale locale, HttpServletResponse response) {
        ModelAndView view = new ModelAndView("error");
        view.setStatus(org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE);
        view.addObject("status", 413);
        view.addObject("message", messages.getMessage("problem.upload-too-large", null, locale));
        return view;
    }

    @ExceptionHandler(ErrorResponseException.class)
    ModelAndView problem(ErrorResponseException e, Locale locale, HttpServletResponse response) {
        ErrorResponse resolved = e;
        var body = resolved.updateAndGetBody(messages, locale);
        response.setStatus(e.getStatusCode().value());
        ModelAndView view = new ModelAndView("error");
        view.setStatus(e.getStatusCode());
        view.addObject("status", e.getStatusCode().value());
        view.addObject("message", body.getDetail());
        if (body.getProperties() != null) {
            body.getProperties().values().stream().filter(String.class::isInstance).findFirst()
                    .ifPresent(link -> view.addObject("link", link));
        }
        return view;
    }
}
