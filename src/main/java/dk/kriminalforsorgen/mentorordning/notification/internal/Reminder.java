package dk.kriminalforsorgen.mentorordning.notification.internal;

import java.time.LocalDate;

/**
 * One kind of deadline the daily job looks for (issue 11). Each reads what is due in one bounded, set-based query
 * over other modules' published views and summaries, and creates its notices through
 * {@link dk.kriminalforsorgen.mentorordning.notification.Notifications#notify}, once per person and occasion.
 */
interface Reminder {

    /** Creates the notices due on {@code today}; returns how many were created. */
    int remind(LocalDate today);
}
