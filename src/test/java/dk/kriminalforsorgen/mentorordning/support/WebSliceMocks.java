package dk.kriminalforsorgen.mentorordning.support;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.beans.Introspector;
import java.time.Clock;
import java.util.List;

import org.mockito.Mockito;
import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.kriminalforsorgen.mentorordning.approval.ApprovalService;
import dk.kriminalforsorgen.mentorordning.client.ClientSearch;
import dk.kriminalforsorgen.mentorordning.course.CourseReading;
import dk.kriminalforsorgen.mentorordning.course.CourseReassignment;
import dk.kriminalforsorgen.mentorordning.course.web.CourseOptions;
import dk.kriminalforsorgen.mentorordning.mentor.MentorTrainings;
import dk.kriminalforsorgen.mentorordning.mentor.RegistryOverview;
import dk.kriminalforsorgen.mentorordning.notification.Notifications;
import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.security.CurrentUser;
import dk.kriminalforsorgen.mentorordning.security.CurrentUsers;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.statusreport.internal.ReportPanelService;

/**
 * For {@code @WebMvcTest} slices: mocks of what the application-wide controller advice and filters
 * need, so a slice loads only its controller. {@link #CASEWORKER} is the signed-in user (Hovedstaden).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(WebSliceMocks.Mocks.class)
public class WebSliceMocks {

    public static final CurrentUser CASEWORKER = caseworker();

    private static CurrentUser caseworker() {
        CurrentUser user = mock(CurrentUser.class);
        when(user.id()).thenReturn(1L);
        when(user.getUsername()).thenReturn("t.sagsbehandler");
        when(user.displayName()).thenReturn("Tina Holm");
        when(user.role()).thenReturn(Role.COORDINATOR);
        when(user.is(Role.CASEWORKER)).thenReturn(true);
        when(user.is(Role.COORDINATOR)).thenReturn(true);
        when(user.areaId()).thenReturn(TestUsers.HOVEDSTADEN);
        when(user.certifiedAssessor()).thenReturn(true);
        return user;
    }

    @Bean
    CurrentUsers currentUsers() {
        CurrentUsers users = mock(CurrentUsers.class);
        when(users.require()).thenReturn(CASEWORKER);
        when(users.current()).thenReturn(java.util.Optional.of(CASEWORKER));
        return users;
    }

    /**
     * The services that the application-wide advice, filters and web components of every slice call, each a
     * mock named as the bean would be: the header's count of unread notices (issue 11), the double-submit guard
     * (CI3: it only touches the {@code JdbcTemplate} for POSTs that carry a form token, which slices do not
     * send), and the coordinator's start panel of mentors without the introduction (issue 17).
     */
    static final List<Class<?>> MOCKED = List.of(Notifications.class, ReferenceData.class, RegistryOverview.class,
            ReportPanelService.class, JdbcTemplate.class, ClientSearch.class, CourseReading.class,
            CourseReassignment.class, CourseOptions.class, ApprovalService.class, MentorTrainings.class);

    /** Registers a mock of each of {@link #MOCKED}. */
    static final class Mocks implements BeanRegistrar {

        @Override
        public void register(BeanRegistry registry, Environment environment) {
            MOCKED.forEach(type -> registerMock(registry, type));
        }

        private static <T> void registerMock(BeanRegistry registry, Class<T> type) {
            registry.registerBean(Introspector.decapitalize(type.getSimpleName()), type,
                    spec -> spec.supplier(context -> Mockito.mock(type)));
        }
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** The log-in page's options (issue 14), read by an advice of the shell that every slice loads. */
    @Bean
    dk.kriminalforsorgen.mentorordning.security.SignInProperties signInProperties() {
        return dk.kriminalforsorgen.mentorordning.security.SignInProperties.defaults();
    }
}
