package dk.kriminalforsorgen.mentorordning.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @Query("select u from AppUser u where lower(u.username) = lower(:username)")
    Optional<AppUser> findByUsernameIgnoreCase(String username);

    /**
     * AS4: the account of a typed user name normalised by {@link UserNames#normalise}. Stored names are ASCII, so
     * the database's lower() of a stored name is the Java one; a typed name that lower-cases differently (a dotted
     * capital I) finds no account rather than another spelling's.
     */
    @Query("select u from AppUser u where lower(u.username) = :normalised")
    Optional<AppUser> findByNormalisedUsername(String normalised);

    List<AppUser> findByAreaIdAndEnabledTrueOrderByDisplayNameAscIdAsc(Long areaId, Pageable page);

    long countByAreaIdAndEnabledTrue(Long areaId);

    List<AppUser> findByUnitIdAndEnabledTrueOrderByDisplayNameAscIdAsc(Long unitId, Pageable page);

    long countByUnitIdAndEnabledTrue(Long unitId);

    @Query("""
            select u from AppUser u
            where (:text is null or lower(u.username) like :text or lower(u.displayName) like :text)
              and (:role is null or u.role = :role)
              and (:areaId is null or u.areaId = :areaId)
            order by u.displayName, u.id""")
    List<AppUser> search(String text, Role role, Long areaId, Pageable page);
}
