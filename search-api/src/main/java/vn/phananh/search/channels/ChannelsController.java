package vn.phananh.search.channels;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phananh.search.security.Viewer;

/** What the channels say besides feedback: followers of each unit's OA and page. */
@RestController
@RequestMapping("/api/v1/channels")
class ChannelsController {

    private final Followers followers;

    ChannelsController(Followers followers) {
        this.followers = followers;
    }

    /** Followers gained and lost per unit and channel in [from, to) (the last 30 days by default). */
    @GetMapping("/followers")
    List<Followers.FollowerCount> followers(Viewer viewer, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to) throws IOException {
        return followers.between(viewer, from, to);
    }
}
