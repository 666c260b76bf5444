package cn.guifanku.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.servlet.HandlerMapping;

class AuditRecordingFilterTest {

    final AuditTrail trail = mock(AuditTrail.class);
    final AuditRecordingFilter filter = new AuditRecordingFilter(trail);
    final MockHttpServletResponse response = new MockHttpServletResponse();

    @BeforeEach
    void clock() {
        when(trail.now()).thenReturn(OffsetDateTime.parse("2026-11-25T10:00:00+08:00"));
    }

    AuditEntry recorded() {
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(trail).append(entry.capture());
        return entry.getValue();
    }

    @Test
    void recordsAStateChangingRequestAfterItsAnswerWithWhatTheControllerSaid() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/users/member4/deactivation");
        request.setRemoteAddr("192.0.2.7");
        filter.doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                req.setAttribute(AuditRecordingFilter.ACTOR, "admin");
                AuditTrail.describe((jakarta.servlet.http.HttpServletRequest) req, "admin.user.deactivate", "user",
                        "member4", "停用账户");
                ((MockHttpServletResponse) res).setStatus(302);
            }
        });

        assertThat(recorded()).isEqualTo(new AuditEntry(null, OffsetDateTime.parse("2026-11-25T10:00:00+08:00"),
                "admin", "admin.user.deactivate", "user", "member4", "192.0.2.7", "POST",
                "/admin/users/member4/deactivation", "302", "停用账户"));
    }

    @Test
    void aRequestRefusedBeforeAnyHandlerIsRecordedWithTheSessionsUser() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/proposals/P2026-001/approval");
        request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(new TestingAuthenticationToken("editor1", null, "ROLE_EDITOR")));
        response.setStatus(403);
        filter.doFilter(request, response, new MockFilterChain());

        AuditEntry entry = recorded();
        assertThat(java.util.Arrays.asList(entry.actor(), entry.action(), entry.targetKind(), entry.targetId(),
                entry.outcome())).containsExactly("editor1", "http.post", "proposal", "P2026-001", "403");
    }

    @Test
    void anAnswerGivenLaterIsRecordedWhenItIsKnown() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/proposals/P2026-001/sending-for-comments");
        request.setAsyncSupported(true);
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("id", "P2026-001"));
        filter.doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                req.startAsync();
            }
        });
        verify(trail, never()).append(any());

        response.setStatus(422);
        request.getAsyncContext().complete();
        assertThat(recorded().outcome()).isEqualTo("422");
    }

    @Test
    void readsCamundaAndSigningInOrOutAreNotRecordedHere() throws Exception {
        for (String[] r : new String[][] {{"GET", "/proposals"}, {"HEAD", "/standards/wh-t-201"},
                {"POST", "/login"}, {"POST", "/logout"}, {"POST", "/engine-rest/process-instance"},
                {"PUT", "/camunda/api/admin/auth/user/default"}}) {
            filter.doFilter(new MockHttpServletRequest(r[0], r[1]), new MockHttpServletResponse(), new MockFilterChain());
        }
        verify(trail, never()).append(any());
        verifyNoInteractions(trail);
    }
}
