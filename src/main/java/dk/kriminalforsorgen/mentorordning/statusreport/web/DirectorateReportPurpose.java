package dk.kriminalforsorgen.mentorordning.statusreport.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.client.RecordPurposes;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.Role;

/**
 * AZ5: a course's status reports are about its client, so the directorate reads them only after it
 * has recorded its purpose for that client, as for the client record itself; without one it is sent
 * to the purpose form first. The area's own users need no purpose.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DirectorateReportPurpose implements HandlerInterceptor, WebMvcConfigurer {

    private final CurrentUsers currentUsers;
    private final RecordPurposes purposes;
    private final JdbcTemplate jdbc;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/forloeb/*/rapporter", "/forloeb/*/rapporter/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (currentUsers.current().filter(user -> user.is(Role.DIRECTORATE)).isEmpty()) {
            return true;
        }
        Long clientId = clientOfCourse(request);
        if (clientId == null || purposes.recorded(request.getSession(), clientId).isPresent()) {
            return true; // an unknown course is the controller's 404
        }
        response.sendRedirect(request.getContextPath() + RecordPurposes.formPath(clientId));
        return false;
    }

    @SuppressWarnings("unchecked")
    private Long clientOfCourse(HttpServletRequest request) {
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String courseId = variables == null ? null : variables.get("courseId");
        if (courseId == null || !courseId.matches("\\d{1,18}")) {
            return null;
        }
        List<Long> clients = jdbc.queryForList("select client_id from course_card where id = ?", Long.class,
                Long.parseLong(courseId));
        return clients.isEmpty() ? null : clients.get(0);
    }
}
