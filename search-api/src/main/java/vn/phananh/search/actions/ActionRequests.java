package vn.phananh.search.actions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Bodies of the staff actions. */
final class ActionRequests {

    private ActionRequests() {
    }

    /** Acknowledge, close or mark as spam: an optional internal note. */
    record Note(@Size(max = 2000) String note) {
    }

    record Assign(@NotBlank @Size(max = 200) String assignee, @Size(max = 2000) String note) {
    }

    /** The official public answer. */
    record AnswerText(@NotBlank @Size(max = 5000) String text, @Size(max = 2000) String note) {
    }
}
