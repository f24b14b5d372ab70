package dk.kriminalforsorgen.mentorordning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * AZ1: the route x role matrix in {@code security/route-matrix.txt} is complete and true. A new
 * route that is not listed fails the build, and so does any role that can reach a route it should
 * not (or cannot reach one it should).
 */
class RouteRoleMatrixTest extends IntegrationTestBase {

    enum Who { ANONYMOUS, CASEWORKER, COORDINATOR, DIRECTORATE, MENTOR }

    private static final Map<Who, String> TEST_USER = Map.of(
            Who.CASEWORKER, TestUsers.CASEWORKER,
            Who.COORDINATOR, TestUsers.COORDINATOR,
            Who.DIRECTORATE, TestUsers.DIRECTORATE,
            Who.MENTOR, TestUsers.MENTOR);
    private static final String MISSING_ID = "999999999";

    record Route(String method, String path) implements Comparable<Route> {
        @Override
        public int compareTo(Route other) {
            return (path + " " + method).compareTo(other.path + " " + other.method);
        }

        @Override
        public String toString() {
            return String.format("%-9s %s", method, path);
        }
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping controllers;

    @Test
    void AZ1_everyControllerRouteIsInTheMatrixAndNothingElse() {
        Set<Route> actual = controllerRoutes();
        Set<Route> listed = matrix().keySet();
        Set<Route> missing = new TreeSet<>(actual);
        missing.removeAll(listed);
        Set<Route> stale = new TreeSet<>(listed);
        stale.removeAll(actual);
        assertThat(missing).as("routes missing from security/route-matrix.txt (add a line for each)").isEmpty();
        assertThat(stale).as("lines in security/route-matrix.txt for routes that no longer exist").isEmpty();
    }

    @Test
    void AZ1_everyRoleGetsExactlyTheAccessTheMatrixLists() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Route, Set<Who>> line : matrix().entrySet()) {
            for (Who who : Who.values()) {
                MockHttpServletResponse response = perform(line.getKey(), who);
                boolean allowed = line.getValue().contains(who);
                String outcome = describe(response);
                boolean passedSecurity = response.getStatus() != 403 && !redirectsToLogin(response);
                if (response.getStatus() >= 500) {
                    wrong.add(line.getKey() + " as " + who + ": server error " + outcome);
                } else if (allowed && !passedSecurity) {
                    wrong.add(line.getKey() + " as " + who + ": should be allowed, got " + outcome);
                } else if (!allowed && passedSecurity) {
                    wrong.add(line.getKey() + " as " + who + ": should be refused, got " + outcome);
                } else if (!allowed && who == Who.ANONYMOUS && !redirectsToLogin(response)) {
                    wrong.add(line.getKey() + " as anonymous: should go to the log-in page, got " + outcome);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private MockHttpServletResponse perform(Route route, Who who) throws Exception {
        String path = route.path().replaceAll("\\{[^}]+}", MISSING_ID);
        String method = route.method().equals("*") ? "GET" : route.method();
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), path);
        if (!method.equals("GET")) {
            request = request.with(csrf());
        }
        if (who != Who.ANONYMOUS) {
            MockHttpSession session = sessions.of(TEST_USER.get(who));
            request = request.session(session);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static boolean redirectsToLogin(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl();
        return response.getStatus() == 302 && location != null && location.matches("(https?://[^/]+)?/login(\\?.*)?");
    }

    private static String describe(MockHttpServletResponse response) {
        return response.getStatus() + (response.getRedirectedUrl() != null ? " -> " + response.getRedirectedUrl() : "");
    }

    private Set<Route> controllerRoutes() {
        Set<Route> routes = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : controllers.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().startsWith("dk.kriminalforsorgen")) {
                continue;
            }
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add(new Route("*", pattern));
                }
                for (RequestMethod method : methods) {
                    routes.add(new Route(method.name(), pattern));
                }
            }
        }
        return routes;
    }

    static Map<Route, Set<Who>> matrix() {
        Map<Route, Set<Who>> lines = new LinkedHashMap<>();
        try (InputStream in = RouteRoleMatrixTest.class.getResourceAsStream("/security/route-matrix.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String raw : text.split("\n")) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                Set<Who> who = EnumSet.noneOf(Who.class);
                for (int i = 2; i < parts.length; i++) {
                    switch (parts[i]) {
                        case "ALL" -> who.addAll(EnumSet.allOf(Who.class));
                        case "SIGNED_IN" -> who.addAll(EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS)));
                        default -> who.add(Who.valueOf(parts[i]));
                    }
                }
                Route route = new Route(parts[0], parts[1]);
                if (lines.put(route, who) != null) {
                    throw new IllegalStateException("Route listed twice in route-matrix.txt: " + route);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }
}
