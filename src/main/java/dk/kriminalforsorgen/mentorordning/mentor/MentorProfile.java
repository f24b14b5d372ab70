package dk.kriminalforsorgen.mentorordning.mentor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;

/**
 * What a coordinator records about a mentor (issue item 1). The declarations M3, M4 and the signed
 * confidentiality declaration M9 are dates (null = not given); M5 is the unit of an employee.
 */
public record MentorProfile(
        String firstName,
        String lastName,
        LocalDate birthDate,
        String email,
        String phone,
        String address,
        String postalCode,
        String city,
        Long homeAreaId,
        boolean speaksDanish,
        LocalDate cooperationDeclaredOn,
        LocalDate documentationDeclaredOn,
        LocalDate confidentialitySignedOn,
        Long employeeUnitId,
        BigDecimal hoursPerWeek,
        LocalDate trainingCompletedOn,
        Set<NeedArea> needAreas,
        Set<TaskGroup> taskGroups,
        Set<String> languages) {

    public MentorProfile {
        needAreas = needAreas == null ? Set.of() : Set.copyOf(needAreas);
        taskGroups = taskGroups == null ? Set.of() : Set.copyOf(taskGroups);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }
}
