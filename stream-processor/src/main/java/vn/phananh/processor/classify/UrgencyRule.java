package vn.phananh.processor.classify;

import java.util.List;

/**
 * Urgent means a danger to life, health or property that needs action today. The learner's
 * probability decides, but only when the text names a danger (fire, fallen tree or wire, flood,
 * collapse, accident, poisoning, violence, bite); a chronic or past framing without anything
 * happening now, or a disease cluster for the health channel, needs much stronger evidence.
 */
final class UrgencyRule {

    /** Dangers in the order they are reported as the reason. */
    static final List<String> DANGERS = List.of("fire", "fallen", "wire", "flood", "collapse", "accident", "poison",
            "violence", "bite");

    private static final double THRESHOLD = 0.05;
    private static final double THRESHOLD_WITHOUT_DANGER = 0.4;
    private static final double THRESHOLD_CHRONIC = 0.4;

    /** The decision, its confidence and the danger that triggered it (null when not urgent). */
    record Decision(boolean urgent, double confidence, String reason) {
    }

    Decision decide(List<String> cues, double probability, boolean spam) {
        String danger = DANGERS.stream().filter(cues::contains).findFirst().orElse(null);
        double threshold = danger == null ? THRESHOLD_WITHOUT_DANGER : THRESHOLD;
        boolean chronic = (cues.contains("chronic") || cues.contains("past") || cues.contains("epidemic"))
                && !cues.contains("now");
        if (chronic) {
            threshold = Math.max(threshold, THRESHOLD_CHRONIC);
        }
        // An acute danger named as happening now ("đang cháy", "cây bật gốc … hôm nay") is urgent
        // whatever the learner thinks: urgent messages are rare, so its probability runs low.
        boolean acuteNow = danger != null && cues.contains("acute") && cues.contains("now") && !chronic
                && !cues.contains("past") && !cues.contains("chronic") && !cues.contains("epidemic");
        boolean urgent = !spam && (probability >= threshold || acuteNow);
        double confidence = urgent ? Math.max(probability, acuteNow ? 0.6 : 0) : 1 - probability;
        return new Decision(urgent, confidence, urgent ? (danger == null ? "model" : danger) : null);
    }
}
