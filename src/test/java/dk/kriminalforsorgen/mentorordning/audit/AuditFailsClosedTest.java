package dk.kriminalforsorgen.mentorordning.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration.Assignment;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTest;
import dk.kriminalforsorgen.mentorordning.support.TestDatabase;

/**
 * AU2: when the audit row cannot be written, the change is not made and the data is not shown.
 * The database is made to refuse the audit rows of two actions for the duration of a test.
 */
@IntegrationTest
class AuditFailsClosedTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAdministration users;

    @Autowired
    AuditSearch auditSearch;

    private void refuseAuditOf(String action) {
        TestDatabase.shared().adminJdbc().execute("alter table audit_event add constraint audit_refused_in_test check (action <> '" + action + "') not valid");
    }

    @AfterEach
    void allowAuditAgain() {
        TestDatabase.shared().adminJdbc().execute("alter table audit_event drop constraint if exists audit_refused_in_test");
    }

    @Test
    void AU2_changeIsRolledBackWhenItsAuditRowCannotBeWritten() {
        String username = "au2-" + UUID.randomUUID().toString().substring(0, 8);
        refuseAuditOf("USER_CREATED");
        assertThatThrownBy(() -> users.create(username, "en lang og god adgangskode til test",
                new Assignment("Revision Test", Role.CASEWORKER, 1L, 104L, false)))
                .hasMessageContaining("audit_refused_in_test");
        Integer saved = jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, username);
        assertThat(saved).as("the user must not exist without its audit row").isZero();
    }

    @Test
    void AU2_changeIsMadeWhenItsAuditRowIsWritten() {
        String username = "au2-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(username, "en lang og god adgangskode til test",
                new Assignment("Revision Test", Role.CASEWORKER, 1L, 104L, false));
        Integer audited = jdbc.queryForObject(
                "select count(*) from audit_event a join app_user u on a.subject_id = u.id::text "
                        + "where a.action = 'USER_CREATED' and u.username = ?", Integer.class, username);
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void AU2_searchIsNotShownWhenItsAuditRowCannotBeWritten() {
        refuseAuditOf("AUDIT_SEARCH");
        assertThatThrownBy(() -> auditSearch.search(new AuditSearch.Criteria(null, null, null, null, null, null), 0))
                .hasMessageContaining("audit_refused_in_test");
    }
}
