package vn.phananh.search.labels;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT /api/v1/feedback/{id}/labels}: the labels staff set; an absent field is
 * left as it is. Codes are those of the taxonomy ({@code ENVIRONMENT}, {@code COMPLAINT},
 * {@code NEGATIVE} …); {@code placeId} is a gazetteer id of the unit, or {@code ""} to clear the place.
 */
public record LabelRequest(
        @Size(max = 40) String topic,
        @Size(max = 3) List<@Size(max = 40) String> secondaryTopics,
        @Size(max = 40) String kind,
        @Size(max = 40) String sentiment,
        Boolean urgent,
        @Size(max = 120) @Pattern(regexp = "|[a-z0-9][a-z0-9-]*", message = "must be a gazetteer id (lower case, digits, dashes) or empty")
        String placeId) {

    public boolean isEmpty() {
        return topic == null && secondaryTopics == null && kind == null && sentiment == null && urgent == null
                && placeId == null;
    }
}
