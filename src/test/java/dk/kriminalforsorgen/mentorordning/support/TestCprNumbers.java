package dk.kriminalforsorgen.mentorordning.support;

import java.util.Random;

/**
 * Fictional CPR numbers for tests: valid (DDMMYY-SSSS, a real date: days 1-28, seventh digit 0-3 so
 * the year is 19YY) and random, so tests that create people do not collide within a run.
 */
public final class TestCprNumbers {

    private static final Random RANDOM = new Random();

    private TestCprNumbers() {
    }

    public static String next() {
        return String.format("%02d%02d%02d-%d%03d", 1 + RANDOM.nextInt(28), 1 + RANDOM.nextInt(12), RANDOM.nextInt(100),
                RANDOM.nextInt(4), RANDOM.nextInt(1000));
    }
}
