package vn.phananh.search.rebuild;

import java.time.Instant;

/** Where a rebuild stands: replayed records out of those on the topic when it started. */
public record RebuildStatus(State state, String fromIndex, String toIndex, long replayed, long total,
        Instant startedAt, Instant finishedAt, String error) {

    public enum State {
        IDLE, RUNNING, SWITCHED, FAILED
    }

    static RebuildStatus idle() {
        return new RebuildStatus(State.IDLE, null, null, 0, 0, null, null, null);
    }

    RebuildStatus progress(long replayedNow) {
        return new RebuildStatus(state, fromIndex, toIndex, replayedNow, total, startedAt, finishedAt, error);
    }

    RebuildStatus end(State ended, Instant at, String why) {
        return new RebuildStatus(ended, fromIndex, toIndex, replayed, total, startedAt, at, why);
    }
}
