package vn.phananh.search.query;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phananh.search.security.Viewer;

/**
 * The staff inbox ({@code GET /api/v1/inbox}) and feedback counted by place
 * ({@code GET /api/v1/places}), over the units the viewer may see.
 */
@RestController
class InboxController {

    private final Inbox inbox;
    private final PlaceCounts places;

    InboxController(Inbox inbox, PlaceCounts places) {
        this.inbox = inbox;
        this.places = places;
    }

    /** Open feedback, urgent first, then by deadline; with the counts per status and the next page's cursor. */
    @GetMapping("/api/v1/inbox")
    Inbox.InboxPage inbox(Viewer viewer, InboxFilter filter) throws IOException {
        return inbox.open(viewer, filter.checked());
    }

    /** The busiest places of [from, to) first (at most {@code size}); the last line counts feedback naming no place. */
    @GetMapping("/api/v1/places")
    List<PlaceCounts.PlaceCount> places(Viewer viewer, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(defaultValue = "20") int size) throws IOException {
        if (size < 1 || size > 200) {
            throw new IllegalArgumentException("size must be between 1 and 200");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        return places.top(viewer, from, to, size);
    }
}
