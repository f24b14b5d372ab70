package dk.kriminalforsorgen.mentorordning.security;

import java.util.Set;

/**
 * One item of the main menu. Each feature declares its items as beans, so the menu grows without
 * features editing a shared file; the layout shows those of the signed-in user's role, by order.
 */
public record NavigationEntry(int order, String path, String labelKey, Set<Role> roles) {

    /** The item is current on its own page and on every page below it (not "/" for everything). */
    public boolean current(String currentPath) {
        if (currentPath == null) {
            return false;
        }
        return "/".equals(path) ? "/".equals(currentPath) : currentPath.equals(path) || currentPath.startsWith(path + "/");
    }
}
