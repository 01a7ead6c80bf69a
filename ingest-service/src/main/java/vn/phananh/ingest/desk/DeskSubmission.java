package vn.phananh.ingest.desk;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a visitor said at the one-stop desk, as the staff member typed it. The citizen's name and
 * contact are optional; without a name the feedback is anonymous.
 */
record DeskSubmission(@NotBlank String text, @Valid Citizen citizen, Instant occurredAt) {

    /** The visitor, as far as they chose to be identified. */
    record Citizen(@Size(max = 256) String name, @Size(max = 256) String contact) {
    }
}
