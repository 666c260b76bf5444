package cn.guifanku.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** Back to the sign-in page after a failed sign-in: {@code ?locked} when throttling refused it, else {@code ?error}. */
class LoginFailures extends SimpleUrlAuthenticationFailureHandler {

    LoginFailures() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        if (exception instanceof LockedException) {
            getRedirectStrategy().sendRedirect(request, response, "/login?locked");
        } else {
            getRedirectStrategy().sendRedirect(request, response, "/login?error");
        }
    }
}
