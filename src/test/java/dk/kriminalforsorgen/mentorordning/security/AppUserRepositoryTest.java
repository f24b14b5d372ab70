package dk.kriminalforsorgen.mentorordning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import dk.kriminalforsorgen.mentorordning.support.IntegrationTestBase;

/**
 * The users table on real PostgreSQL: its search, and the constraints Flyway put on it (DOMAIN §1). Each test runs
 * in a transaction that is rolled back (as a {@code @DataJpaTest} would), in the integration tests' shared context
 * rather than a repository slice of its own.
 */
@Transactional
class AppUserRepositoryTest extends IntegrationTestBase {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Autowired
    AppUserRepository users;

    private AppUser user(String username, String name, Role role, Long areaId, Long unitId) {
        AppUser user = new AppUser(username, name, "{noop}x", NOW);
        user.assign(role, areaId, unitId, false, NOW);
        return user;
    }

    @Test
    void findsUserNamesWithoutRegardToCase() {
        users.saveAndFlush(user("Repo.Test1", "Anna Repo", Role.CASEWORKER, 1L, 104L));
        assertThat(users.findByUsernameIgnoreCase("repo.test1")).isPresent();
    }

    @Test
    void userNamesAreUniqueWithoutRegardToCase() {
        users.saveAndFlush(user("repo.twin", "Anna Repo", Role.CASEWORKER, 1L, 104L));
        assertThatThrownBy(() -> users.saveAndFlush(user("REPO.TWIN", "Bent Repo", Role.CASEWORKER, 1L, 104L)))
                .hasMessageContaining("app_user_username_uk");
    }

    @Test
    void aUnitMustLieInTheUsersArea() {
        assertThatThrownBy(() -> users.saveAndFlush(user("repo.wrongunit", "Carl Repo", Role.CASEWORKER, 1L, 304L)))
                .hasMessageContaining("app_user_unit_in_area");
    }

    @Test
    void caseworkersNeedAnArea() {
        assertThatThrownBy(() -> users.saveAndFlush(user("repo.noarea", "Dorte Repo", Role.CASEWORKER, null, null)))
                .hasMessageContaining("app_user_area_required");
    }

    @Test
    void theDirectorateHasNoArea() {
        AppUser directorate = users.saveAndFlush(user("repo.national", "Erik Repo", Role.DIRECTORATE, 1L, 104L));
        assertThat(directorate.getAreaId()).as("national roles have no area").isNull();
    }

    @Test
    void searchFiltersByTextRoleAndAreaInAStableOrder() {
        users.saveAndFlush(user("repo.s1", "Zenia Søgetest", Role.CASEWORKER, 1L, 104L));
        users.saveAndFlush(user("repo.s2", "Yrsa Søgetest", Role.COORDINATOR, 1L, 104L));
        users.saveAndFlush(user("repo.s3", "Xenia Søgetest", Role.CASEWORKER, 3L, 304L));
        List<AppUser> all = users.search("%søgetest%", null, null, PageRequest.of(0, 10));
        assertThat(all).extracting(AppUser::getDisplayName)
                .containsExactly("Xenia Søgetest", "Yrsa Søgetest", "Zenia Søgetest");
        assertThat(users.search("%søgetest%", Role.CASEWORKER, 1L, PageRequest.of(0, 10)))
                .extracting(AppUser::getUsername).containsExactly("repo.s1");
    }
}
