package dk.kriminalforsorgen.mentorordning.mentor.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.mentor.MentorLanguages;
import dk.kriminalforsorgen.mentorordning.mentor.MentorStatus;
import dk.kriminalforsorgen.mentorordning.mentor.RecordResult;
import dk.kriminalforsorgen.mentorordning.mentor.TaskGroup;
import dk.kriminalforsorgen.mentorordning.reference.ReferenceData;
import dk.kriminalforsorgen.mentorordning.shared.web.Option;

/** Choices of the registry's selects and checkbox groups. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MentorOptions {

    private final ReferenceData referenceData;

    public List<Option> needAreas() {
        return Arrays.stream(NeedArea.values()).map(n -> Option.ofKey(n.name(), n.messageKey())).toList();
    }

    public List<Option> taskGroups() {
        return Arrays.stream(TaskGroup.values()).map(t -> Option.ofKey(t.name(), t.messageKey())).toList();
    }

    public List<Option> languages() {
        return MentorLanguages.CODES.stream().map(code -> Option.ofKey(code, "language." + code)).toList();
    }

    /** For search: Danish as well, since a client may prefer it. */
    public List<Option> searchLanguages() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(Option.ofKey("da", "language.da")),
                languages().stream()).toList();
    }

    /** AZ3: "awaiting the directorate" is offered only to those who may see it somewhere. */
    public List<Option> statuses(boolean withAwaiting) {
        return Arrays.stream(MentorStatus.values())
                .filter(s -> withAwaiting || s != MentorStatus.AWAITING_DIRECTORATE)
                .map(s -> Option.ofKey(s.name(), s.messageKey())).toList();
    }

    public List<Option> recordResults() {
        return Arrays.stream(RecordResult.values()).map(r -> Option.ofKey(r.name(), r.messageKey())).toList();
    }

    public List<Option> areas() {
        return referenceData.areas().stream().map(a -> Option.ofText(a.getId(), a.getName())).toList();
    }

    public List<Option> units() {
        return referenceData.units().stream().map(u -> Option.ofText(u.getId(), u.getName())).toList();
    }
}
