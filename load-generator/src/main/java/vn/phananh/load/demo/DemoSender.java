package vn.phananh.load.demo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import vn.phananh.load.channel.ApiKey;
import vn.phananh.load.channel.Channels;
import vn.phananh.load.channel.Delivery;
import vn.phananh.load.channel.IngestClients;
import vn.phananh.load.channel.UnitAccounts;

/**
 * Sends a plan through the real channels, one request after the other so that the pipeline sees
 * the messages oldest first; consecutive batch-API messages share one batch request.
 */
final class DemoSender {

    static final int BATCH = 50;

    /** A planned message and what the ingest service answered for it. */
    record Sent(DemoPlan.Send send, Delivery delivery) {
    }

    private final IngestClients clients;
    private final Channels channels;
    private final PrintStream out;

    DemoSender(IngestClients clients, Channels channels, PrintStream out) {
        this.clients = clients;
        this.channels = channels;
        this.out = out;
    }

    List<Sent> sendAll(List<DemoPlan.Send> plan) {
        List<Sent> sent = new ArrayList<>(plan.size());
        int next = 0;
        int reported = 0;
        while (next < plan.size()) {
            int end = next + 1;
            if (plan.get(next).route() == Route.API_BATCH) {
                while (end < plan.size() && end - next < BATCH && plan.get(end).route() == Route.API_BATCH) {
                    end++;
                }
                sent.addAll(batch(plan.subList(next, end)));
            }
            else {
                sent.add(new Sent(plan.get(next), single(plan.get(next))));
            }
            next = end;
            if (next - reported >= 100 || next == plan.size()) {
                reported = next;
                long accepted = sent.stream().filter(s -> s.delivery().accepted()).count();
                out.printf("[demo] sent %d/%d messages (%d accepted)%n", next, plan.size(), accepted);
            }
        }
        return sent;
    }

    Delivery single(DemoPlan.Send s) {
        String key = s.message().id();
        String text = s.message().text();
        UnitAccounts unit = channels.unit(s.unitCode());
        return switch (s.route()) {
            case FACEBOOK_COMMENT -> clients.facebook().comment(unit,
                    Senders.comment(key, unit.facebookPageId(), text, s.occurredAt()));
            case MESSENGER -> clients.facebook().message(unit, Senders.messenger(key, text, s.occurredAt()));
            case ZALO -> clients.zalo().text(unit, Senders.zalo(key, text, s.occurredAt()));
            case DESK -> clients.desk().record(unit, Senders.desk(key, text, s.occurredAt()));
            case API, API_BATCH -> {
                ApiKey apiKey = channels.singleUnitKey(s.unitCode());
                String unitCode = apiKey.boundOnlyTo(s.unitCode()) ? null : s.unitCode();
                yield clients.api().send(apiKey, Senders.api(key, unitCode, text, s.occurredAt()));
            }
        };
    }

    private List<Sent> batch(List<DemoPlan.Send> sends) {
        // One integration (the two-unit portal key) submits for both units, each message naming its unit.
        ApiKey key = channels.sharedKey(Channels.XA_HUNG_CUONG);
        List<Delivery> deliveries = clients.api().sendBatch(key, sends.stream()
                .map(s -> Senders.api(s.message().id(), s.unitCode(), s.message().text(), s.occurredAt())).toList());
        List<Sent> sent = new ArrayList<>(sends.size());
        for (int i = 0; i < sends.size(); i++) {
            sent.add(new Sent(sends.get(i), deliveries.get(i)));
        }
        return sent;
    }
}
