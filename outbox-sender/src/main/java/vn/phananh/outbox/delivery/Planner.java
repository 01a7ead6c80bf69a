package vn.phananh.outbox.delivery;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import vn.phananh.avro.OutboundKind;
import vn.phananh.avro.OutboundMessage;
import vn.phananh.outbox.channel.Callback;
import vn.phananh.outbox.channel.FacebookGraph;
import vn.phananh.outbox.channel.ZaloOa;
import vn.phananh.schema.RatingReplies;
import vn.phananh.units.SecretRef;
import vn.phananh.units.UnitDefinition;

/**
 * Decides how a message reaches the citizen, from where they wrote and the unit's configuration:
 * a comment (or visitor post) gets a reply under it; a Messenger conversation a message while
 * Messenger's standard 24-hour window is open; a Zalo user a consultation message within Zalo's
 * window; an integration its callback. Anything else is recorded as not sent, with the reason.
 */
public final class Planner {

    private final Function<String, Optional<UnitDefinition>> units;
    private final SecretRef.Secrets secrets;
    private final FacebookGraph facebook;
    private final ZaloOa zalo;
    private final Callback callback;
    private final Wording wording;
    private final Duration messengerWindow;
    private final Duration zaloWindow;
    private final Clock clock;

    public Planner(Function<String, Optional<UnitDefinition>> units, SecretRef.Secrets secrets, FacebookGraph facebook,
            ZaloOa zalo, Callback callback, Wording wording, Duration messengerWindow, Duration zaloWindow, Clock clock) {
        this.units = units;
        this.secrets = secrets;
        this.facebook = facebook;
        this.zalo = zalo;
        this.callback = callback;
        this.wording = wording;
        this.messengerWindow = messengerWindow;
        this.zaloWindow = zaloWindow;
        this.clock = clock;
    }

    public Plan plan(OutboundMessage m) {
        if (m.getKind() == OutboundKind.UNKNOWN) {
            return decided(Route.NONE, "a kind of message this sender does not know");
        }
        Optional<UnitDefinition> unit = units.apply(m.getUnitCode());
        if (unit.isEmpty()) {
            // A configuration gap, not the citizen's: dead-lettered, replayed once the unit is back.
            return new Plan.Decided(Outcome.failed(Route.NONE, "unit " + m.getUnitCode() + " is not configured", 0));
        }
        return switch (m.getChannel()) {
            case FACEBOOK -> facebook(m, unit.get());
            case ZALO -> zalo(m, unit.get());
            case API -> callback(m, unit.get());
            case DESK -> decided(Route.NONE, "desk: the visitor holds the receipt with the tracking code");
            case OTHER -> decided(Route.NONE, "no route for channel OTHER");
        };
    }

    private Plan facebook(OutboundMessage m, UnitDefinition unit) {
        boolean comment = m.getSourceEvent() != null && m.getSourceEvent().startsWith("feed/");
        Route route = comment ? Route.FACEBOOK_COMMENT : Route.MESSENGER;
        SecretRef ref = unit.facebookPageTokens().get(m.getSourceAccount());
        Optional<String> token = ref == null ? Optional.empty() : ref.resolve(secrets);
        if (token.isEmpty()) {
            return decided(route, "no page access token configured for page " + m.getSourceAccount());
        }
        if (comment) {
            if (m.getExternalId() == null) {
                return decided(route, "the comment's id is unknown");
            }
            String text = wording.text(m, unit.name(), FacebookGraph.COMMENT_MAX);
            return new Plan.Send(route, () -> facebook.replyToComment(m.getExternalId(), token.get(), text));
        }
        if (m.getRecipientId() == null) {
            return decided(route, "the sender's id is unknown");
        }
        Optional<String> closed = closedWindow(m, messengerWindow, "Messenger's 24-hour standard messaging window");
        if (closed.isPresent()) {
            return decided(route, closed.get());
        }
        String text = wording.text(m, unit.name(), FacebookGraph.MESSENGER_MAX);
        return new Plan.Send(route, () -> facebook.message(m.getRecipientId(), token.get(), text, ratingButtons(m)));
    }

    private Plan zalo(OutboundMessage m, UnitDefinition unit) {
        Optional<UnitDefinition.ZaloAccount> oa = unit.zaloAccounts().stream()
                .filter(a -> a.oaId().equals(m.getSourceAccount())).findFirst();
        Optional<String> token = oa.map(UnitDefinition.ZaloAccount::accessToken).flatMap(r -> r.resolve(secrets));
        if (token.isEmpty()) {
            return decided(Route.ZALO, "no access token configured for OA " + m.getSourceAccount());
        }
        if (m.getRecipientId() == null) {
            return decided(Route.ZALO, "an anonymous Zalo sender cannot be answered");
        }
        Optional<String> closed = closedWindow(m, zaloWindow, "Zalo's consultation-message window");
        if (closed.isPresent()) {
            return decided(Route.ZALO, closed.get());
        }
        String text = wording.text(m, unit.name(), ZaloOa.TEXT_MAX);
        return new Plan.Send(Route.ZALO, () -> zalo.message(m.getRecipientId(), token.get(), text, ratingButtons(m)));
    }

    /** An answer in a chat carries the two rating buttons; an acknowledgement carries none. */
    private static List<RatingReplies.Button> ratingButtons(OutboundMessage m) {
        return m.getKind() == OutboundKind.ANSWER && m.getTrackingCode() != null
                ? RatingReplies.buttons(m.getTrackingCode(), m.getFeedbackId()) : List.of();
    }

    private Plan callback(OutboundMessage m, UnitDefinition unit) {
        Optional<String> url = unit.apiKeys().stream().filter(k -> k.id().equals(m.getSourceAccount()))
                .map(UnitDefinition.ApiKey::callbackUrl).filter(u -> u != null).findFirst();
        if (url.isEmpty()) {
            return decided(Route.CALLBACK, "the integration " + m.getSourceAccount() + " registered no callback URL");
        }
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("feedbackId", m.getFeedbackId());
        body.put("revision", m.getRevision());
        body.put("kind", m.getKind().name());
        body.put("trackingCode", m.getTrackingCode());
        body.put("trackingUrl", m.getTrackingCode() == null ? null : wording.link(m.getTrackingCode()));
        body.put("text", wording.text(m, unit.name(), Integer.MAX_VALUE));
        body.put("answer", m.getAnswerText());
        body.put("at", m.getCreatedAt().toString());
        URI target = URI.create(url.get());
        return new Plan.Send(Route.CALLBACK, () -> callback.post(target, body));
    }

    private Optional<String> closedWindow(OutboundMessage m, Duration window, String name) {
        Instant closes = m.getLastInboundAt().plus(window);
        Instant now = clock.instant();
        return now.isAfter(closes) ? Optional.of("outside " + name + ": the citizen last wrote at " + m.getLastInboundAt()
                + ", the window closed at " + closes) : Optional.empty();
    }

    private static Plan decided(Route route, String reason) {
        return new Plan.Decided(Outcome.notSent(route, reason, 0));
    }
}
