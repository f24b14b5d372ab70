package dk.kriminalforsorgen.mentorordning.support;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Fictional CPR numbers for tests: valid (DDMMYY-SSSS, a real date: days 1-28, seventh digit 0-3 so
 * the year is 19YY) and never the same twice within a run, so tests that create people do not collide.
 * The numbers come from a seeded generator, so a run can be repeated: the seed is printed when the class
 * is first used and can be set with {@code -Dtest.cpr.seed=...}.
 */
public final class TestCprNumbers {

    private static final long SEED = Long.getLong("test.cpr.seed", 20261201L);
    private static final Random RANDOM = new Random(SEED);
    private static final Set<String> GIVEN = new HashSet<>();

    static {
        System.out.println("TestCprNumbers: seed " + SEED + " (repeat with -Dtest.cpr.seed=" + SEED + ")");
    }

    private TestCprNumbers() {
    }

    public static synchronized String next() {
        String cpr;
        do {
            cpr = String.format("%02d%02d%02d-%d%03d", 1 + RANDOM.nextInt(28), 1 + RANDOM.nextInt(12),
                    RANDOM.nextInt(100), RANDOM.nextInt(4), RANDOM.nextInt(1000));
        } while (!GIVEN.add(cpr));
        return cpr;
    }
}
