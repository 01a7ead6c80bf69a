package vn.phananh.search.indexing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import vn.phananh.schema.DeadLetterHeaders;
import vn.phananh.search.system.SearchProperties;

/** Publishes records that can never be indexed to the dead-letter topic, reason in headers. */
@Component
class DeadLetters {

    static final String STAGE_PREFIX = "search-api.";

    private final KafkaTemplate<byte[], byte[]> template;
    private final String topic;

    DeadLetters(KafkaTemplate<byte[], byte[]> deadLetterTemplate, SearchProperties properties) {
        this.template = deadLetterTemplate;
        this.topic = properties.topics().dlq();
    }

    /** Returns once the broker acknowledged every dead letter, so the batch may then be committed. */
    void publish(List<Rejected> rejected) {
        if (rejected.isEmpty()) {
            return;
        }
        CompletableFuture<?>[] sent = rejected.stream().map(r -> template.send(record(r)))
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(sent).get(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing dead letters", ex);
        }
        catch (ExecutionException | TimeoutException ex) {
            throw new IllegalStateException("Dead letters not acknowledged", ex);
        }
    }

    private ProducerRecord<byte[], byte[]> record(Rejected r) {
        var source = r.source();
        byte[] key = source.key() == null ? null : source.key().getBytes(StandardCharsets.UTF_8);
        var out = new ProducerRecord<>(topic, null, key, source.value());
        new DeadLetterHeaders(source.topic(), source.partition(), source.offset(), STAGE_PREFIX + r.stage(), r.reason())
                .writeTo(out.headers());
        DeadLetterHeaders.carryReplayOf(source.headers(), out.headers());
        return out;
    }
}
