package vn.phananh.deadletters;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which dead letters a command is about: by their coordinates in the dead-letter topic, their
 * stage, their source topic, a word of their reason, their age. No criterion selects nothing,
 * unless {@code all} says so: a replay of everything must be asked for.
 */
record Selection(Set<String> coordinates, String stage, String source, String reason, Duration olderThan,
        boolean all) {

    boolean isEmpty() {
        return !all && coordinates.isEmpty() && stage == null && source == null && reason == null && olderThan == null;
    }

    Predicate<DeadLetter> matcher(Instant now) {
        return letter -> !isEmpty()
                && (coordinates.isEmpty() || coordinates.contains(letter.coordinates()))
                && (stage == null || stage.equals(letter.stage()))
                && (source == null || source.equals(letter.headers().sourceTopic()))
                && (reason == null || String.valueOf(letter.headers().error()).contains(reason))
                && (olderThan == null || letter.writtenAt().isBefore(now.minus(olderThan)));
    }

    List<DeadLetter> of(List<DeadLetter> letters, Instant now) {
        return letters.stream().filter(matcher(now)).toList();
    }
}
