package cn.guifanku.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.CharConversionException;
import java.nio.charset.CharacterCodingException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Describes, in the reader's language, what Spring found wrong with a request (unreadable or invalid body, a value of the
 * wrong type, a missing parameter, an unsupported method or media type …): a stable type, title and detail, and the
 * field at fault where there is one. The API answers with it as Problem Details ({@link ApiProblems}), pages show its
 * detail ({@link PageProblems}).
 */
class RequestProblems {

    private final ProblemTexts texts;
    private final MessageSource messages;

    RequestProblems(MessageSource messages) {
        this.texts = new ProblemTexts(messages);
        this.messages = messages;
    }

    ProblemDetail describe(Exception ex, HttpStatusCode status, Locale locale) {
        if (ex instanceof HttpRequestMethodNotSupportedException e) {
            return texts.problem(status, "method-not-allowed", locale, e.getMethod(),
                    e.getSupportedMethods() == null ? "—" : String.join("、", e.getSupportedMethods()));
        }
        if (ex instanceof HttpMediaTypeNotSupportedException e) {
            return e.getContentType() == null
                    ? texts.problem(status, "bad-content-type", locale)
                    : texts.problem(status, "unsupported-media-type", locale, e.getContentType(), types(e.getSupportedMediaTypes()));
        }
        if (ex instanceof org.springframework.util.InvalidMimeTypeException) {
            return texts.problem(status, "bad-content-type", locale);
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException e) {
            return texts.problem(status, "not-acceptable", locale, types(e.getSupportedMediaTypes()));
        }
        if (ex instanceof MissingServletRequestParameterException e) {
            return field(texts.problem(status, "missing-parameter", locale, e.getParameterName()), e.getParameterName());
        }
        if (ex instanceof MissingServletRequestPartException e) {
            return field(texts.problem(status, "missing-parameter", locale, e.getRequestPartName()), e.getRequestPartName());
        }
        if (ex instanceof MissingRequestHeaderException e) {
            return texts.problem(status, "missing-header", locale, e.getHeaderName());
        }
        if (ex instanceof MethodArgumentNotValidException e) {
            return invalid(status, locale, e.getFieldErrors().stream().map(f -> Map.of("field", f.getField(),
                    "message", message(f, locale))).toList());
        }
        if (ex instanceof HandlerMethodValidationException e) {
            return invalid(status, locale, e.getParameterValidationResults().stream()
                    .flatMap(r -> r.getResolvableErrors().stream().map(error -> Map.of(
                            "field", String.valueOf(r.getMethodParameter().getParameterName()),
                            "message", messages.getMessage(error, locale)))).toList());
        }
        if (ex instanceof TypeMismatchException e) {
            String name = e.getPropertyName() != null ? e.getPropertyName()
                    : e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m ? m.getName() : "?";
            return field(texts.problem(status, "type-mismatch", locale, name, shorten(e.getValue()),
                    typeName(e.getRequiredType(), locale)), name);
        }
        if (ex instanceof HttpMessageNotReadableException e) {
            return unreadable(e, status, locale);
        }
        if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
            return texts.problem(status, "not-found", locale);
        }
        if (ex instanceof AsyncRequestTimeoutException) {
            return texts.problem(status, "timeout", locale);
        }
        if (ex instanceof MaxUploadSizeExceededException) {
            return texts.problem(status, "too-large", locale);
        }
        return texts.problem(status, ProblemTexts.codeFor(status.value()), locale);
    }

    /** The body could not be read: which field has which wrong value, or where the JSON breaks. */
    private ProblemDetail unreadable(HttpMessageNotReadableException e, HttpStatusCode status, Locale locale) {
        Throwable cause = e.getCause();
        if (cause instanceof InvalidFormatException f && !f.getPath().isEmpty() && f.getValue() instanceof String) {
            String field = path(f);
            return field(texts.problem(status, "field-value", locale, field, shorten(f.getValue()),
                    hint(f.getTargetType(), locale)), field);
        }
        if (cause instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            String field = path(m);
            return field(texts.problem(status, "field-type", locale, field, typeName(m.getTargetType(), locale)), field);
        }
        if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = path(m);
            return field(texts.problem(status, "field-value", locale, field, "", ""), field);
        }
        if (cause instanceof CharConversionException || cause instanceof CharacterCodingException
                || cause != null && String.valueOf(cause.getMessage()).contains("Invalid UTF-8")) {
            return texts.problem(status, "invalid-encoding", locale);
        }
        if (cause instanceof JsonProcessingException p && !(cause instanceof MismatchedInputException)) {
            JsonLocation at = p.getLocation();
            return texts.problem(status, "invalid-json", locale, at == null ? 1 : Math.max(1, at.getLineNr()),
                    at == null ? 1 : Math.max(1, at.getColumnNr()));
        }
        if (cause instanceof MismatchedInputException) {
            return texts.problem(status, "invalid-body", locale);
        }
        return texts.problem(status, "missing-body", locale);
    }

    private ProblemDetail invalid(HttpStatusCode status, Locale locale, List<Map<String, String>> errors) {
        ProblemDetail problem = texts.problem(status, "invalid-fields", locale, errors.size(), errors.stream()
                .map(e -> e.get("field") + "：" + e.get("message")).collect(Collectors.joining("；")));
        problem.setProperty("errors", errors);
        if (errors.size() == 1) {
            problem.setProperty("field", errors.get(0).get("field"));
        }
        return problem;
    }

    private String message(FieldError error, Locale locale) {
        return messages.getMessage(error, locale);
    }

    private static ProblemDetail field(ProblemDetail problem, String field) {
        problem.setProperty("field", field);
        return problem;
    }

    /** {@code title}, {@code items[2].name}: where in the body the wrong value is. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    /** What kind of value a field takes, in words: 文本, 整数, 日期 … */
    private String typeName(Class<?> type, Locale locale) {
        String key = type == null ? "value"
                : CharSequence.class.isAssignableFrom(type) ? "text"
                : type == int.class || type == long.class || type == Integer.class || type == Long.class
                        || type == short.class || type == Short.class ? "integer"
                : Number.class.isAssignableFrom(type) || type == double.class || type == float.class ? "number"
                : type == boolean.class || type == Boolean.class ? "boolean"
                : type.isEnum() ? "choice"
                : Temporal.class.isAssignableFrom(type) ? "date"
                : type.isArray() || java.util.Collection.class.isAssignableFrom(type) ? "list"
                : "object";
        String name = messages.getMessage("problem.type." + key, null, key, locale);
        return type != null && type.isEnum() ? name + hint(type, locale) : name;
    }

    /** For a choice, the values it takes; for a date, its form. */
    private String hint(Class<?> type, Locale locale) {
        if (type != null && type.isEnum()) {
            return messages.getMessage("problem.choices", new Object[] {Arrays.stream(type.getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining("、"))}, locale);
        }
        if (type != null && Temporal.class.isAssignableFrom(type)) {
            return messages.getMessage("problem.date-form", null, locale);
        }
        return "";
    }

    private static String types(List<MediaType> types) {
        return types == null || types.isEmpty() ? "application/json"
                : types.stream().map(MediaType::toString).distinct().collect(Collectors.joining("、"));
    }

    /** A value as the caller sent it, cut short: an error message is not a place to echo a megabyte. */
    static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
