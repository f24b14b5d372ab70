package dk.kriminalforsorgen.mentorordning.journal.web;

import java.util.Arrays;
import java.util.List;

import dk.kriminalforsorgen.mentorordning.journal.JournalKind;
import dk.kriminalforsorgen.mentorordning.journal.Visibility;
import dk.kriminalforsorgen.mentorordning.shared.web.Option;

/** The choices of the journal's forms. */
final class JournalOptions {

    private JournalOptions() {
    }

    static List<Option> staffKinds() {
        return JournalKind.staffKinds().stream().map(kind -> Option.ofKey(kind, kind.messageKey())).toList();
    }

    static List<Option> mentorKinds() {
        return JournalKind.mentorKinds().stream().map(kind -> Option.ofKey(kind, kind.messageKey())).toList();
    }

    static List<Option> visibilities() {
        return Arrays.stream(Visibility.values()).map(v -> Option.ofKey(v, v.messageKey())).toList();
    }
}
