package dk.kriminalforsorgen.mentorordning.support;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import dk.kriminalforsorgen.mentorordning.approval.ApprovalService;
import dk.kriminalforsorgen.mentorordning.client.ClientSearch;
import dk.kriminalforsorgen.mentorordning.course.CourseReading;
import dk.kriminalforsorgen.mentorordning.course.web.CourseOptions;
import dk.kriminalforsorgen.mentorordning.mentor.RegistryOverview;
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

    /** The header's count of unread notices (issue 11). */
    @Bean
    dk.kriminalforsorgen.mentorordning.notification.Notifications notifications() {
        return mock(dk.kriminalforsorgen.mentorordning.notification.Notifications.class);
    }

    @Bean
    ReferenceData referenceData() {
        return mock(ReferenceData.class);
    }

    @Bean
    RegistryOverview registryOverview() {
        return mock(RegistryOverview.class);
    }

    @Bean
    ReportPanelService reportPanelService() {
        return mock(ReportPanelService.class);
    }

    /** The double-submit guard (CI3) only touches it for POSTs that carry a form token, which slices do not send. */
    @Bean
    org.springframework.jdbc.core.JdbcTemplate jdbcTemplate() {
        return mock(org.springframework.jdbc.core.JdbcTemplate.class);
    }

    @Bean
    ClientSearch clientSearch() {
        return mock(ClientSearch.class);
    }

    @Bean
    CourseReading courseReading() {
        return mock(CourseReading.class);
    }

    @Bean
    dk.kriminalforsorgen.mentorordning.course.CourseReassignment courseReassignment() {
        return mock(dk.kriminalforsorgen.mentorordning.course.CourseReassignment.class);
    }

    @Bean
    CourseOptions courseOptions() {
        return mock(CourseOptions.class);
    }

    @Bean
    ApprovalService approvalService() {
        return mock(ApprovalService.class);
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

    /** The coordinator's start panel of mentors without the introduction (issue 17), a web component of every slice. */
    @Bean
    dk.kriminalforsorgen.mentorordning.mentor.MentorTrainings mentorTrainings() {
        return mock(dk.kriminalforsorgen.mentorordning.mentor.MentorTrainings.class);
    }
}
