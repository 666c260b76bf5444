package cn.guifanku.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Puts a refused action's reason on a page, in the reader's language, with any line-numbered problems it carries,
 * so forms can show what is wrong next to what the user typed instead of an error page.
 */
@Component
public class ProblemMessages {

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Runs a page's action and flashes its outcome for the page the browser is redirected to: {@code done} (a message
     * key) when it worked, or the refusal in the reader's language with any line-numbered problems it carries.
     */
    public void attempt(RedirectAttributes redirect, Locale locale, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (ErrorResponseException e) {
            rethrowRefusal(e);
            redirect.addFlashAttribute("problem", text(e, locale));
            Object lines = e.getBody().getProperties() == null ? null : e.getBody().getProperties().get("problems");
            if (lines != null) {
                redirect.addFlashAttribute("problems", lines);
            }
        }
    }

    /**
     * A refusal (401, 403, 404: who may not act, or may not even see the proposal) is answered with its status and
     * the error page, not turned into a flash message on a page that answers 200 or 302: the status is what proxies,
     * scripts and the authorization matrix test see. Problems of the content (409, 422…) stay on the page.
     */
    public static void rethrowRefusal(ErrorResponseException e) {
        int status = e.getStatusCode().value();
        if (status == 401 || status == 403 || status == 404) {
            throw e;
        }
    }

    /**
     * A refused page form, for the page the browser is redirected to: the reason beside the field the problem names
     * ({@code errors}: field → sentence; {@code form} when it names none), the values as typed ({@code typed}), and any
     * line-numbered problems. Refusals of who may act (401, 403, 404) are answered with their status instead.
     */
    public void keep(RedirectAttributes redirect, ErrorResponseException e, Locale locale, Map<String, ?> typed) {
        rethrowRefusal(e);
        var body = e.updateAndGetBody(messages, locale);
        Object field = body.getProperties() == null ? null : body.getProperties().get("field");
        redirect.addFlashAttribute("errors", Map.of(field == null ? "form" : field.toString(), body.getDetail()));
        redirect.addFlashAttribute("typed", typed);
        Object lines = body.getProperties() == null ? null : body.getProperties().get("problems");
        if (lines != null) {
            redirect.addFlashAttribute("problems", lines);
        }
    }

    /**
     * Field → message (already in the reader's language) of each field that failed Bean Validation on a page form, the
     * first message per field, for the page to show under the field.
     */
    public static Map<String, String> fieldErrors(org.springframework.validation.BindingResult binding) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        for (org.springframework.validation.FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.isBindingFailure() ? "?" : error.getDefaultMessage());
        }
        return errors;
    }

    public String text(ErrorResponseException e, Locale locale) {
        return e.updateAndGetBody(messages, locale).getDetail();
    }

    /** Adds {@code problem} (the sentence) and {@code problems} (lines, if any) to the model. */
    public void show(Model model, ErrorResponseException e, Locale locale) {
        show(model.asMap(), e, locale);
    }

    public void show(Map<String, Object> model, ErrorResponseException e, Locale locale) {
        var body = e.updateAndGetBody(messages, locale);
        model.put("problem", body.getDetail());
        Object lines = body.getProperties() == null ? null : body.getProperties().get("problems");
        if (lines instanceof List<?> list) {
            model.put("problems", list);
        }
    }
}
