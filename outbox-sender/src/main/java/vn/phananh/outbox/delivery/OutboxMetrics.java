package vn.phananh.outbox.delivery;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import vn.phananh.avro.Channel;
import vn.phananh.outbox.channel.SendResult;

/**
 * Per channel and route: what became of each message ({@code phananh_outbox_messages_total{channel,
 * route,outcome}}), each request to a platform ({@code phananh_outbox_requests_total{route,result}})
 * and how long requests take ({@code phananh_outbox_request_seconds{route}}).
 */
public final class OutboxMetrics {

    private final MeterRegistry registry;

    public OutboxMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void attempt(Route route, SendResult result, long nanos) {
        String name = switch (result) {
            case SendResult.Sent s -> "sent";
            case SendResult.NotSent n -> "not-sent";
            case SendResult.Retriable r -> "retriable";
            case SendResult.Permanent p -> "permanent";
        };
        Counter.builder("phananh.outbox.requests").tag("route", route.tag()).tag("result", name)
                .description("Requests to the platforms, by what they came to").register(registry).increment();
        Timer.builder("phananh.outbox.request").tag("route", route.tag()).description("Time of one platform request")
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    public void outcome(Channel channel, Outcome outcome) {
        Counter.builder("phananh.outbox.messages").tag("channel", channel.name()).tag("route", outcome.route().tag())
                .tag("outcome", outcome.outcome().name()).description("Outbound messages, by what became of them")
                .register(registry).increment();
    }

    public void skipped(Channel channel) {
        Counter.builder("phananh.outbox.skipped").tag("channel", channel.name())
                .description("Messages the ledger already holds (redeliveries, replays of sent ones)")
                .register(registry).increment();
    }
}
