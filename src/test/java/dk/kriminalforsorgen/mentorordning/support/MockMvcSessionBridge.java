package dk.kriminalforsorgen.mentorordning.support;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Lets MockMvc tests keep passing a {@link MockHttpSession} ({@code .session(s)}) while the application keeps
 * its real sessions in PostgreSQL (Spring Session JDBC). A real client (Tomcat, the browser tests, {@link RealHttp})
 * is served exactly as in production, by the session cookie; only a MockMvc request, which carries no cookie,
 * finds its session id in the {@link MockHttpSession} it was given, which thus works as the test's cookie jar.
 */
public final class MockMvcSessionBridge implements HttpSessionIdResolver {

    private static final String SESSION_ID = MockMvcSessionBridge.class.getName() + ".id";
    private static volatile SessionRepository<? extends Session> repository;

    private final CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();

    private MockMvcSessionBridge(CookieSerializer cookieSerializer, SessionRepository<? extends Session> sessions) {
        cookies.setCookieSerializer(cookieSerializer);
        repository = sessions;
    }

    /**
     * Puts the bridge into Spring Session's filter, around the application's own cookie settings (Boot's
     * cookie serializer: name, HttpOnly, SameSite), so real clients see the production cookie.
     */
    static BeanPostProcessor installer(ObjectProvider<CookieSerializer> cookieSerializer,
                                       ObjectProvider<SessionRepository<? extends Session>> sessions) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof SessionRepositoryFilter<?> filter) {
                    filter.setHttpSessionIdResolver(
                            new MockMvcSessionBridge(cookieSerializer.getObject(), sessions.getObject()));
                }
                return bean;
            }
        };
    }

    @Override
    public List<String> resolveSessionIds(HttpServletRequest request) {
        List<String> ids = new ArrayList<>(cookies.resolveSessionIds(request));
        MockHttpServletRequest mock = mockOf(request);
        if (mock != null && mock.getSession(false) != null) {
            Object id = mock.getSession(false).getAttribute(SESSION_ID);
            if (id != null) {
                ids.add((String) id);
            }
        }
        return ids;
    }

    @Override
    public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
        cookies.setSessionId(request, response, sessionId);
        MockHttpServletRequest mock = mockOf(request);
        if (mock != null) {
            mock.getSession(true).setAttribute(SESSION_ID, sessionId);
        }
    }

    @Override
    public void expireSession(HttpServletRequest request, HttpServletResponse response) {
        cookies.expireSession(request, response);
        MockHttpServletRequest mock = mockOf(request);
        if (mock != null && mock.getSession(false) != null) {
            mock.getSession(false).removeAttribute(SESSION_ID);
        }
    }

    /** The security context stored in the real (JDBC) session that this MockMvc session stands for. */
    static SecurityContext securityContextOf(MockHttpSession session) {
        Object id = session.getAttribute(SESSION_ID);
        if (id == null || repository == null) {
            return null;
        }
        Session stored = repository.findById((String) id);
        return stored == null ? null
                : stored.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }

    private static MockHttpServletRequest mockOf(ServletRequest request) {
        ServletRequest current = request;
        while (true) {
            if (current instanceof MockHttpServletRequest mock) {
                return mock;
            }
            if (!(current instanceof ServletRequestWrapper wrapper)) {
                return null;
            }
            current = wrapper.getRequest();
        }
    }
}
