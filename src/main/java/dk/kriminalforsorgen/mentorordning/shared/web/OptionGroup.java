package dk.kriminalforsorgen.mentorordning.shared.web;

import java.util.List;

/** A labelled group of choices in a select ({@code <optgroup>}), for example the units of one area. */
public record OptionGroup(String label, List<Option> options) {

    public OptionGroup {
        options = List.copyOf(options);
    }
}
