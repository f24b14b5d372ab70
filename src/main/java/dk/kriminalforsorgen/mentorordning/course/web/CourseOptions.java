package dk.kriminalforsorgen.mentorordning.course.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import dk.kriminalforsorgen.mentorordning.client.NeedArea;
import dk.kriminalforsorgen.mentorordning.course.internal.CourseQueries;
import dk.kriminalforsorgen.mentorordning.course.EndReason;
import dk.kriminalforsorgen.mentorordning.course.ExpenseType;
import dk.kriminalforsorgen.mentorordning.course.GoalOutcome;
import dk.kriminalforsorgen.mentorordning.course.ProposalKind;
import dk.kriminalforsorgen.mentorordning.shared.web.Option;

/** The choices of the course forms, labelled from the course bundle. */
@Component("courseOptions")
public class CourseOptions {

    public List<Option> needAreas() {
        return Arrays.stream(NeedArea.values()).map(n -> Option.ofKey(n.name(), "needArea." + n.name())).toList();
    }

    public List<Option> proposals() {
        return Arrays.stream(ProposalKind.values()).map(p -> Option.ofKey(p.name(), p.messageKey())).toList();
    }

    public List<Option> endReasons() {
        return Arrays.stream(EndReason.values()).map(r -> Option.ofKey(r.name(), r.messageKey())).toList();
    }

    public List<Option> goalOutcomes() {
        return Arrays.stream(GoalOutcome.values()).map(o -> Option.ofKey(o.name(), o.messageKey())).toList();
    }

    public List<Option> expenseTypes() {
        return Arrays.stream(ExpenseType.values()).map(t -> Option.ofKey(t.name(), t.messageKey())).toList();
    }

    public List<Option> people(List<CourseQueries.Person> people) {
        return people.stream().map(p -> Option.ofText(p.id(), p.name())).toList();
    }
}
