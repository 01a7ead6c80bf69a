package vn.phananh.outbox.delivery;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import vn.phananh.avro.OutboundKind;
import vn.phananh.avro.OutboundMessage;
import vn.phananh.text.PiiMasker;

/**
 * What the citizen reads, in Vietnamese. The first message about a feedback gives its tracking code
 * and the tracking page's link; every answer links the page too, where the citizen rates it. The answer goes through the masker,
 * as on the public page: a comment reply is public on the page.
 */
public final class Wording {

    private final URI trackingPage;
    private final PiiMasker masker = new PiiMasker();

    public Wording(URI trackingPage) {
        this.trackingPage = trackingPage;
    }

    /** The text for the message, at most {@code max} characters (an over-long answer is cut, the link kept). */
    public String text(OutboundMessage m, String unitName, int max) {
        String who = unitName == null ? "Chính quyền" : unitName;
        String tail = tail(m);
        String head = m.getKind() == OutboundKind.ANSWER
                ? who + " trả lời phản ánh của bạn: " + masker.mask(m.getAnswerText() == null ? "" : m.getAnswerText()).text()
                : who + " đã tiếp nhận phản ánh của bạn và đang xem xét, giải quyết.";
        int room = max - tail.length() - 2;
        if (head.length() > room) {
            head = head.substring(0, Math.max(0, room - 1)) + "…";
        }
        return tail.isEmpty() ? head : head + "\n" + tail;
    }

    /** The link to the code's tracking page. */
    public String link(String code) {
        return trackingPage + "?ma=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    private String tail(OutboundMessage m) {
        String code = m.getTrackingCode();
        if (code == null) {
            return "";
        }
        String known = m.getFirst() ? "Mã tra cứu: " + code + ". " : "";
        // An answer links the page where the citizen rates it.
        return m.getKind() == OutboundKind.ANSWER ? known + "Xem và đánh giá trả lời tại " + link(code)
                : known + "Theo dõi tại " + link(code);
    }
}
