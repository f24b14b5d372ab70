package dk.kriminalforsorgen.mentorordning.security;

import java.util.Locale;

/**
 * AS4: the one normalisation of a typed user name, used both to find the account and to key the lock of a
 * name without an account. Locale.ROOT, never the server's locale (Turkish rules would map I to a dotless ı).
 */
final class UserNames {

    private UserNames() {
    }

    static String normalise(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }
}
