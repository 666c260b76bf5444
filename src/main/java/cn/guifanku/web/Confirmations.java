package cn.guifanku.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The step before an action that cannot be undone (close a comment period or a ballot, approve, withdraw …): a page
 * saying what will happen and whom it notifies, with the form's values carried along and one button that does it.
 * A page's form that needs it is answered with this page unless it carries {@code confirmed=true}; with script, the
 * same words come first in a dialog (static/js/confirm.js, from the form's {@code data-confirm-*} attributes), and
 * the page is then not needed. The API never asks: a client that calls it means it.
 *
 * <p>The texts are {@code confirm.<action>.title}, {@code .what}, {@code .notifies} and {@code .button} in the
 * bundles; {@code .what} may take arguments (the number and dates an approval fixes).
 */
@Component
public class Confirmations {

    /** What the confirmation page shows, and the form it sends again (every field but the CSRF token). */
    public record Confirmation(String title, String what, String notifies, String button, String action,
                               List<Map.Entry<String, String>> fields, String back) {
    }

    private final MessageSource messages;

    Confirmations(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Fills the model for the confirmation page of this request's form and returns its view.
     *
     * @param action the texts' key ({@code close-comments})
     * @param back   where 取消 leads (the page the form was on)
     * @param args   the arguments of {@code confirm.<action>.what}
     */
    public String ask(Model model, HttpServletRequest request, Locale locale, String action, String back, Object... args) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("_csrf") && !name.equals("confirmed")) {
                for (String value : values) {
                    fields.add(Map.entry(name, value));
                }
            }
        });
        String prefix = "confirm." + action + ".";
        model.addAttribute("confirmation", new Confirmation(text(prefix + "title", locale), messages.getMessage(
                prefix + "what", args, locale), text(prefix + "notifies", locale), text(prefix + "button", locale),
                request.getRequestURI(), fields, back));
        return "confirm";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
