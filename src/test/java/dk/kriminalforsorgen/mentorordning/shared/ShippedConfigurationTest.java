package dk.kriminalforsorgen.mentorordning.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import dk.kriminalforsorgen.mentorordning.support.ShippedProperties;
import dk.kriminalforsorgen.mentorordning.client.ClientProperties;
import dk.kriminalforsorgen.mentorordning.course.CourseProperties;
import dk.kriminalforsorgen.mentorordning.mentor.RegistryProperties;
import dk.kriminalforsorgen.mentorordning.mentor.TrainingProperties;
import dk.kriminalforsorgen.mentorordning.notification.NotificationProperties;
import dk.kriminalforsorgen.mentorordning.security.InvitationProperties;
import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.SecondFactorProperties;
import dk.kriminalforsorgen.mentorordning.security.SecurityProperties;
import dk.kriminalforsorgen.mentorordning.security.SignInProperties;
import dk.kriminalforsorgen.mentorordning.statusreport.ReportProperties;

/**
 * The shipped application.yml, bound as the application binds it: each configured value of a rule, in the
 * one place it is set. Boundary tests of the rules build on these values.
 */
class ShippedConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({RegistryProperties.class, SecurityProperties.class, ClientProperties.class,
            CourseProperties.class, ReportProperties.class, NotificationProperties.class, SecondFactorProperties.class,
            InvitationProperties.class, SignInProperties.class, TrainingProperties.class})
    static class AllProperties {
    }

    private final ApplicationContextRunner shipped = ShippedProperties.runner(AllProperties.class);

    @Test
    void theShippedValuesOfEveryRule() {
        shipped.run(context -> {
            assertThat(context).hasNotFailed();
            ReportProperties reports = context.getBean(ReportProperties.class);
            assertThat(reports.graceDays()).as("S1 grace days").isEqualTo(10);
            assertThat(reports.hoursGapPercent()).as("DOMAIN §9 hours gap").isEqualTo(25);

            CourseProperties course = context.getBean(CourseProperties.class);
            assertThat(course.kickOffWithin()).as("C5 kick-off within").isEqualTo(Period.ofDays(14));
            assertThat(course.reviewInterval()).as("C8 review interval").isEqualTo(Period.ofMonths(3));
            assertThat(course.grantYearlyCeiling()).as("C11 yearly ceiling").isEqualByComparingTo("5000");

            ClientProperties client = context.getBean(ClientProperties.class);
            assertThat(client.assessmentMaxAge()).as("E1 assessment age").isEqualTo(Period.ofMonths(12));
            assertThat(client.directoratePurposeValidity()).as("AZ5 purpose").isEqualTo(Duration.ofMinutes(30));

            RegistryProperties registry = context.getBean(RegistryProperties.class);
            assertThat(registry.workloadCeilingHours()).as("M10 ceiling").isEqualByComparingTo("18.5");
            assertThat(registry.nearCeilingHours()).isEqualByComparingTo("3");
            assertThat(registry.vettingValidity()).as("vetting validity").isEqualTo(Period.ofMonths(24));
            assertThat(registry.vettingExpiryWarning()).isEqualTo(Period.ofMonths(3));
            assertThat(registry.pageSize()).isEqualTo(20);
            // Issue 17: the service's introduction policy is off everywhere unless an area is configured.
            assertThat(context.getBean(TrainingProperties.class).introductionRequiredAreas()).isEmpty();

            SecurityProperties security = context.getBean(SecurityProperties.class);
            assertThat(security.maxFailedLogins()).as("AS4 failed log-ins").isEqualTo(5);
            assertThat(security.lockout()).as("AS4 lockout").isEqualTo(Duration.ofMinutes(15));
            assertThat(security.absoluteSessionTimeout()).as("AS6 absolute timeout").isEqualTo(Duration.ofHours(8));

            NotificationProperties notices = context.getBean(NotificationProperties.class);
            assertThat(notices.reviewSoonDays()).as("C8/S3 reminder before the review").isEqualTo(14);
            assertThat(notices.kickOffSoonDays()).as("C5 reminder before the kick-off").isEqualTo(7);
            assertThat(notices.signOffWaitDays()).as("sign-off reminder after").isEqualTo(7);
            assertThat(notices.directorateWaitDays()).as("M8 case waiting at the directorate").isEqualTo(14);
            assertThat(notices.offerWaitDays()).as("E9 offer missing after").isEqualTo(30);
            assertThat(notices.digestCron()).as("weekly digest, Monday morning").isEqualTo("0 30 6 * * MON");
            assertThat(notices.digestItems()).isEqualTo(5);

            SignInProperties signIn = context.getBean(SignInProperties.class);
            assertThat(signIn.passwordHashIterations()).as("AS2 PBKDF2-HMAC-SHA256 iterations (OWASP)").isEqualTo(600_000);
            assertThat(signIn.localLoginEnabled()).as("local log-in is the embedded default").isTrue();
            assertThat(signIn.sso().enabled()).as("AS3 single sign-on off unless configured").isFalse();
            assertThat(signIn.sso().userClaim()).as("AS3 matching claim").isEqualTo("sub");
            assertThat(signIn.sso().providerName()).isEqualTo("Kriminalforsorgens login");
        });
    }

    @Test
    void AS3_productionRequiresASecondFactorOfEveryRoleAndInvitationsLastSevenDays() {
        shipped.run(context -> {
            assertThat(context).hasNotFailed();
            SecondFactorProperties secondFactor = context.getBean(SecondFactorProperties.class);
            assertThat(secondFactor.requiredRoles()).as("AS3 every role").isEqualTo(EnumSet.allOf(Role.class));
            assertThat(secondFactor.issuer()).isEqualTo("Mentorordning");
            assertThat(context.getBean(InvitationProperties.class).validity()).isEqualTo(Duration.ofDays(7));
            assertThat(SecondFactorProperties.defaults()).isEqualTo(secondFactor);
            assertThat(InvitationProperties.defaults()).isEqualTo(context.getBean(InvitationProperties.class));
        });
    }

    @Test
    void theDefaultsOfUnitTestsAreTheShippedValues() {
        shipped.run(context -> {
            assertThat(RegistryProperties.defaults()).isEqualTo(context.getBean(RegistryProperties.class));
            assertThat(TrainingProperties.defaults()).isEqualTo(context.getBean(TrainingProperties.class));
            assertThat(CourseProperties.defaults()).isEqualTo(context.getBean(CourseProperties.class));
            assertThat(ReportProperties.defaults()).isEqualTo(context.getBean(ReportProperties.class));
            assertThat(ClientProperties.defaults()).isEqualTo(context.getBean(ClientProperties.class));
            assertThat(SecurityProperties.defaults()).isEqualTo(context.getBean(SecurityProperties.class));
            assertThat(SignInProperties.defaults()).isEqualTo(context.getBean(SignInProperties.class));
        });
    }

    @Test
    void anEnvironmentVariableOverridesAShippedValue() {
        shipped.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of("MENTORORDNING_REPORTS_GRACE_DAYS", "12", "MENTORORDNING_COURSE_KICK_OFF_WITHIN", "21d"))))
                .run(context -> {
                    assertThat(context.getBean(ReportProperties.class).graceDays()).isEqualTo(12);
                    assertThat(context.getBean(CourseProperties.class).kickOffWithin()).isEqualTo(Period.ofDays(21));
                });
    }

    @Test
    void aMissingValueStopsTheStart() {
        shipped.withPropertyValues("mentorordning.course.review-interval=").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("reviewInterval"));
    }

    @Test
    void anImpossibleValueStopsTheStart() {
        shipped.withPropertyValues("mentorordning.reports.grace-days=0").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("graceDays"));
        shipped.withPropertyValues("mentorordning.registry.workload-ceiling-hours=-1").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("workloadCeilingHours"));
        shipped.withPropertyValues("mentorordning.training.introduction-required-areas=HOVEDSTADEN,ATLANTIS").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("introductionRequiredAreas"));
    }

    @Test
    void anAreaMayBeConfiguredToRequireTheIntroduction() {
        shipped.withPropertyValues("mentorordning.training.introduction-required-areas=HOVEDSTADEN,SYDDANMARK").run(context ->
                assertThat(context.getBean(TrainingProperties.class).introductionRequiredAreas())
                        .containsExactlyInAnyOrder("HOVEDSTADEN", "SYDDANMARK"));
    }

    /** The insight module reads the rule parameters through its own view of the same keys: it must agree. */
    @Test
    void theInsightModuleReadsTheSameShippedValuesAsTheOwningModules() {
        var insight = dk.kriminalforsorgen.mentorordning.insight.InsightSettings.defaults();
        assertThat(insight.course().reviewInterval()).isEqualTo(CourseProperties.defaults().reviewInterval());
        assertThat(insight.course().kickOffWithin()).isEqualTo(CourseProperties.defaults().kickOffWithin());
        assertThat(insight.reports().graceDays()).isEqualTo(ReportProperties.defaults().graceDays());
        assertThat(insight.client().assessmentMaxAge()).isEqualTo(ClientProperties.defaults().assessmentMaxAge());
        assertThat(insight.registry().workloadCeilingHours())
                .isEqualByComparingTo(RegistryProperties.defaults().workloadCeilingHours());
        assertThat(insight.registry().vettingValidity()).isEqualTo(RegistryProperties.defaults().vettingValidity());
    }

    @Test
    void unitTestDefaultsNeedNoRunningApplication() {
        assertThat(CourseProperties.defaults().grantYearlyCeiling()).isEqualByComparingTo(new BigDecimal("5000"));
    }
}
