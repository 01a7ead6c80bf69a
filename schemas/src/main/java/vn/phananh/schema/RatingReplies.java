package vn.phananh.schema;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two rating buttons sent with an answer on Messenger (quick replies) and Zalo (query buttons),
 * and the payload a tap sends back to the webhook: {@code PHANANH_RATE|HC-7K4P-2QX9M|<feedbackId>|1}.
 * The tracking code is the proof: it is a keyed hash of the feedbackId, so the intake that holds the
 * key accepts only a pair it issued, and nobody can rate a feedback whose code they do not have.
 */
public final class RatingReplies {

    public static final String PREFIX = "PHANANH_RATE";
    /** What the buttons say (Messenger's quick-reply titles are at most 20 characters). */
    public static final String SATISFIED = "Hài lòng";
    public static final String NOT_SATISFIED = "Chưa hài lòng";
    private static final Pattern PAYLOAD = Pattern.compile(
            Pattern.quote(PREFIX) + "\\|([A-Z0-9-]{8,24})\\|([0-9a-f-]{36})\\|([01])");

    /** A tapped rating button. */
    public record Reply(String trackingCode, String feedbackId, boolean satisfied) {
    }

    /** A button: what it says and what a tap sends back. */
    public record Button(String title, String payload) {
    }

    /** The two buttons of the answer to {@code feedbackId}, satisfied first. */
    public static List<Button> buttons(String trackingCode, String feedbackId) {
        return List.of(new Button(SATISFIED, payload(trackingCode, feedbackId, true)),
                new Button(NOT_SATISFIED, payload(trackingCode, feedbackId, false)));
    }

    static String payload(String trackingCode, String feedbackId, boolean satisfied) {
        return PREFIX + '|' + trackingCode + '|' + feedbackId + '|' + (satisfied ? '1' : '0');
    }

    /** The reply a payload or a message text is, if it is exactly a rating button's payload. */
    public static Optional<Reply> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = PAYLOAD.matcher(text.strip());
        return m.matches() ? Optional.of(new Reply(m.group(1), m.group(2), "1".equals(m.group(3)))) : Optional.empty();
    }

    private RatingReplies() {
    }
}
