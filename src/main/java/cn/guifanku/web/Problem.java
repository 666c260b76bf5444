package cn.guifanku.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error for the user, as RFC 9457 Problem Details. The detail is a message code ({@code problem.<code>} in
 * messages*.properties) so it reaches the reader in their language; the API renders it as JSON, pages as an
 * error page. Features throw these instead of inventing their own error shapes.
 */
public class Problem extends ErrorResponseException {

    public Problem(HttpStatus status, String code, Object... args) {
        super(status, ProblemDetail.forStatus(status), null, "problem." + code, args);
        getBody().setType(URI.create("urn:guifanku:problem:" + code));
    }

    /** Adds a member to the problem, for example a link to where the reader can go instead. */
    public Problem with(String name, Object value) {
        getBody().setProperty(name, value);
        return this;
    }

    public static Problem notFound(String code, Object... args) {
        return new Problem(HttpStatus.NOT_FOUND, code, args);
    }

    public static Problem forbidden(String code, Object... args) {
        return new Problem(HttpStatus.FORBIDDEN, code, args);
    }

    public static Problem conflict(String code, Object... args) {
        return new Problem(HttpStatus.CONFLICT, code, args);
    }

    public static Problem badRequest(String code, Object... args) {
        return new Problem(HttpStatus.BAD_REQUEST, code, args);
    }

    public static Problem unprocessable(String code, Object... args) {
        return new Problem(HttpStatus.UNPROCESSABLE_ENTITY, code, args);
    }

    /**
     * A text field checked against its length before anything is stored (the database's column is the last line, not
     * the first): the value as given, or 422 naming the field.
     */
    public static String bounded(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        if (value.strip().codePointCount(0, value.strip().length()) > max) {
            throw unprocessable("field-too-long", field, String.valueOf(max)).with("field", field);
        }
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F)) {
            throw unprocessable("field-control-character", field).with("field", field); // PostgreSQL refuses NUL
        }
        return value;
    }
}
