package vn.phananh.load.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.phananh.load.channel.Channels;
import vn.phananh.load.corpus.CorpusMessage;
import vn.phananh.text.VietnameseText;

/**
 * Which corpus line goes through which channel, to which unit, written when. The chat-style set
 * belongs to xã Hùng Cường and keeps the channel it was written for (Facebook as page comments
 * or Messenger, Zalo, desk). The broad set goes to xã Hùng Cường where it names the commune or
 * one of its places and is otherwise split between both units; its portal, press and voter
 * messages arrive through the integration API, singly or in batches. Everything is sent oldest first.
 */
final class DemoPlan {

    /** One message to send. */
    record Send(CorpusMessage message, Route route, String unitCode, Instant occurredAt) {
    }

    static List<Send> of(List<CorpusMessage> chat, List<CorpusMessage> broad, TimeSpread spread) {
        List<Send> sends = new ArrayList<>(chat.size() + broad.size());
        chat.forEach(m -> sends.add(send(m, Channels.XA_HUNG_CUONG, spread)));
        broad.forEach(m -> sends.add(send(m, broadUnit(m), spread)));
        sends.sort(Comparator.comparing(Send::occurredAt).thenComparing(s -> s.message().id()));
        return List.copyOf(sends);
    }

    private static Send send(CorpusMessage m, String unit, TimeSpread spread) {
        Route route = route(m);
        Instant at = route == Route.DESK ? spread.office(m.id()) : spread.citizen(m.id());
        return new Send(m, route, unit, at);
    }

    static Route route(CorpusMessage m) {
        double u = Hashes.fraction(m.id() + "#route");
        return switch (m.channel() == null ? "" : m.channel()) {
            case "FACEBOOK" -> u < 0.65 ? Route.FACEBOOK_COMMENT : Route.MESSENGER;
            case "ZALO" -> Route.ZALO;
            case "DESK" -> Route.DESK;
            default -> u < 0.25 ? Route.API : Route.API_BATCH;
        };
    }

    /** Hùng Cường's when the text places it there; otherwise either unit, by the line's hash. */
    static String broadUnit(CorpusMessage m) {
        boolean namesCommune = VietnameseText.fold(m.text()).contains("hung cuong");
        if (m.locationId() != null || namesCommune) {
            return Channels.XA_HUNG_CUONG;
        }
        return Hashes.fraction(m.id() + "#unit") < 0.5 ? Channels.XA_HUNG_CUONG : Channels.PHUONG_THACH_THANG;
    }

    private DemoPlan() {
    }
}
