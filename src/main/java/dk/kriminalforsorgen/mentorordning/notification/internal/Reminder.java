package dk.kriminalforsorgen.mentorordning.notification.internal;

import java.time.LocalDate;
import java.util.List;

import dk.kriminalforsorgen.mentorordning.notification.Notifications.Delivery;

/**
 * One kind of deadline the daily job looks for (issue 11). Each reads what is due in one bounded, set-based query
 * over other modules' published views and summaries and says whom to tell from the run's {@link Recipients.Directory}
 * (read once per run, issue 10); the job creates the notices of each reminder with one
 * {@link dk.kriminalforsorgen.mentorordning.notification.Notifications#notifyAll}, once per person and occasion.
 */
interface Reminder {

    /** The notices due on {@code today}, each occasion with each of its recipients. */
    List<Delivery> due(LocalDate today, Recipients.Directory people);
}
