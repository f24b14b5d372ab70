package dk.kriminalforsorgen.mentorordning.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** AS6: a session ends 8 hours after log-in however active it is; before that it goes on. */
class AbsoluteSessionTimeoutFilterTest {

    private static final Instant LOGIN = Instant.parse("2026-11-23T08:00:00Z");
    private final SecurityProperties properties = new SecurityProperties(5, Duration.ofMinutes(15), Duration.ofHours(8));

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void AS6_sessionWithinEightHoursOfLoginContinues() throws Exception {
        MockHttpSession session = signedInSession();
        MockHttpServletResponse response = run(session, LOGIN.plus(Duration.ofHours(7).plusMinutes(59)));
        assertThat(response.getRedirectedUrl()).isNull();
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void AS6_sessionOlderThanEightHoursIsEndedAndGoesToLogin() throws Exception {
        MockHttpSession session = signedInSession();
        MockHttpServletResponse response = run(session, LOGIN.plus(Duration.ofHours(8).plusMinutes(1)));
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?udloebet");
        assertThat(session.isInvalid()).isTrue();
    }

    private MockHttpSession signedInSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        run(session, LOGIN);
        assertThat(session.getAttribute(AbsoluteSessionTimeoutFilter.SIGNED_IN_AT)).isEqualTo(LOGIN.toEpochMilli());
        return session;
    }

    private MockHttpServletResponse run(MockHttpSession session, Instant at) throws Exception {
        AppUser user = new AppUser("tid", "Tid Test", "{noop}x", LOGIN);
        user.assign(Role.CASEWORKER, 1L, 104L, false, LOGIN);
        org.springframework.test.util.ReflectionTestUtils.setField(user, "id", 7L);
        CurrentUser principal = new CurrentUser(user);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new AbsoluteSessionTimeoutFilter(properties, Clock.fixed(at, ZoneOffset.UTC))
                .doFilter(request, response, new MockFilterChain());
        return response;
    }
}
