package vn.phananh.ingest.desk;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a visitor said at the one-stop desk, as the staff member typed it, and for which unit (left
 * out by a desk device or a clerk of one unit). The citizen's name and contact are optional;
 * without a name the feedback is anonymous.
 */
record DeskSubmission(@Size(max = 128) String unit, @NotBlank String text, @Valid Citizen citizen, Instant occurredAt) {

    /** The visitor, as far as they chose to be identified. */
    record Citizen(@Size(max = 256) String name, @Size(max = 256) String contact) {
    }
}
