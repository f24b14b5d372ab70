package dk.kriminalforsorgen.mentorordning.client.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * AZ5: the directorate's purpose for opening a client record; it goes into the audit log. A record: its one
 * text field cannot fail conversion, so binding always leaves an object to show the form again with.
 */
public record PurposeForm(@NotBlank @Size(min = 10, max = 500) String purpose) {
}
