package dk.kriminalforsorgen.mentorordning.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Created by {@link SecurityConfig} only, so that no second, unthrottled password check exists (AS4). */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByNormalisedUsername(UserNames.normalise(username))
                .map(CurrentUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
