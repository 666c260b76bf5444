package cn.guifanku.content;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The Git server of the standards repository cannot be reached (remote mode): 503 with "标准库暂时无法连接，请稍后再试"
 * on pages and in the API. Nothing was changed: a commit is kept only once the server has it.
 */
public class ContentUnavailableException extends ErrorResponseException {

    public ContentUnavailableException(String what, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(), cause, "problem.content-unavailable", null);
        getBody().setProperty("operation", what);
    }

    private static ProblemDetail problem() {
        ProblemDetail detail = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
        detail.setType(URI.create("urn:guifanku:problem:content-unavailable"));
        detail.setDetail("标准库暂时无法连接，请稍后再试");
        return detail;
    }

    @Override
    public String getMessage() {
        return "标准库暂时无法连接，请稍后再试（" + getBody().getProperties().get("operation") + "："
                + (getCause() == null ? "" : getCause().getMessage()) + "）";
    }
}
