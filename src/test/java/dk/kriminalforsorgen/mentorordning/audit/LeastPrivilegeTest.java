package dk.kriminalforsorgen.mentorordning.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.kriminalforsorgen.mentorordning.security.Role;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration;
import dk.kriminalforsorgen.mentorordning.security.UserAdministration.Assignment;
import dk.kriminalforsorgen.mentorordning.support.IntegrationTest;
import dk.kriminalforsorgen.mentorordning.support.TestDatabase;
import dk.kriminalforsorgen.mentorordning.support.TestUsers;

/**
 * AU3: the application connects as a runtime role that may append to and read the audit log but can
 * neither change nor delete a row, nor switch off the triggers that guard it; Flyway migrated as the
 * owner. {@code jdbc} is the application's own data source, so every statement here runs with exactly
 * the rights a SQL injection in the application would have.
 */
@IntegrationTest
class LeastPrivilegeTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAdministration users;

    private long insertAuditRow() {
        String marker = "au3-" + UUID.randomUUID();
        jdbc.update("insert into audit_event (action, details) values ('TEST', ?)", marker);
        return jdbc.queryForObject("select id from audit_event where details = ?", Long.class, marker);
    }

    /** PostgreSQL's own reason, from the bottom of Spring's exception chain. */
    private static void refused(ThrowingCallable statement, String reason) {
        assertThatThrownBy(statement).rootCause().hasMessageContaining(reason);
    }

    @Test
    void AU3_applicationRunsAsTheRuntimeRoleThatIsNeitherSuperuserNorOwnerOfAnything() {
        assertThat(jdbc.queryForObject("select current_user", String.class))
                .isEqualTo(TestDatabase.shared().runtime().username());
        assertThat(jdbc.queryForObject("select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls "
                + "from pg_roles where rolname = current_user", Boolean.class)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'public' and pg_get_userbyid(c.relowner) = current_user", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select pg_get_userbyid(relowner) from pg_class where relname = 'audit_event'",
                String.class)).isEqualTo(TestDatabase.shared().owner().username());
    }

    @Test
    void AU3_runtimeRoleMayAppendToAndReadTheAuditLog() {
        long id = insertAuditRow();
        assertThat(jdbc.queryForObject("select action from audit_event where id = ?", String.class, id)).isEqualTo("TEST");
    }

    @Test
    void AU3_runtimeRoleCannotUpdateDeleteOrTruncateAuditRows() {
        long id = insertAuditRow();
        refused(() -> jdbc.update("update audit_event set details = 'changed' where id = ?", id), "permission denied");
        refused(() -> jdbc.update("delete from audit_event where id = ?", id), "permission denied");
        refused(() -> jdbc.execute("truncate audit_event"), "permission denied");
        assertThat(jdbc.queryForObject("select details from audit_event where id = ?", String.class, id)).startsWith("au3-");
    }

    @Test
    void AU3_runtimeRoleCannotSwitchOffOrDropTheAppendOnlyTriggers() {
        refused(() -> jdbc.execute("alter table audit_event disable trigger audit_event_no_update_or_delete"), "must be owner");
        refused(() -> jdbc.execute("alter table audit_event disable trigger all"), "must be owner");
        refused(() -> jdbc.execute("drop trigger audit_event_no_truncate on audit_event"), "must be owner");
        refused(() -> jdbc.execute("set session_replication_role = replica"), "permission denied");
        refused(() -> jdbc.execute("create or replace function audit_event_refuse_change() returns trigger "
                + "language plpgsql as $$ begin return new; end $$"), "permission denied");
        refused(() -> jdbc.execute("create table au3_probe (id int)"), "permission denied");
        assertThat(jdbc.queryForObject("select count(*) from pg_trigger where tgrelid = 'audit_event'::regclass "
                + "and not tgisinternal and tgenabled = 'O'", Long.class)).isEqualTo(2);
    }

    @Test
    void AU3_evenTheOwnerCannotChangeAuditRowsWhileTheTriggersAreOn() {
        long id = insertAuditRow();
        JdbcTemplate owner = TestDatabase.shared().jdbcAs(TestDatabase.shared().owner());
        refused(() -> owner.update("update audit_event set details = 'changed' where id = ?", id), "append-only");
        refused(() -> owner.update("delete from audit_event where id = ?", id), "append-only");
        refused(() -> owner.execute("truncate audit_event"), "append-only");
    }

    @Test
    void AU3_applicationStillWorksAsTheRuntimeRole() {
        String username = "au3-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(username, TestUsers.PASSWORD, new Assignment("Runa Rolle", Role.CASEWORKER,
                TestUsers.HOVEDSTADEN, TestUsers.KIF_KOEBENHAVN_NORD, false));
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class, username)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'USER_CREATED' "
                + "and subject_id = (select id::text from app_user where username = ?)", Long.class, username)).isOne();
    }
}
