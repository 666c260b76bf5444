package cn.guifanku.render;

import java.net.URI;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No render could be made now: every worker stayed busy for the longest wait ({@code guifanku.render.max-wait}), or no
 * worker could be started. 503 with {@code Retry-After} and the message in the reader's language (message codes
 * {@code problem.render-busy}, {@code problem.render-unavailable}); nothing was changed.
 */
public class RenderUnavailableException extends ErrorResponseException {

    private RenderUnavailableException(String code, String detail, Duration retryAfter, Object... args) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(code, detail), null, "problem." + code, args);
        getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())));
    }

    /** Every worker was busy for {@code waited}. */
    static RenderUnavailableException busy(Duration waited) {
        return new RenderUnavailableException("render-busy", "渲染服务繁忙：已等待 " + waited.toSeconds()
                + " 秒仍没有空闲的渲染进程，请稍后再试。", waited, waited.toSeconds());
    }

    /** No worker could be started. */
    static RenderUnavailableException broken() {
        return new RenderUnavailableException("render-unavailable", "渲染服务暂时无法启动，请稍后再试。",
                Duration.ofSeconds(30));
    }

    private static ProblemDetail problem(String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
        problem.setType(URI.create("urn:guifanku:problem:" + code));
        problem.setDetail(detail);
        return problem;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
