package vn.phananh.processor.topology;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.phananh.schema.DeadLetterHeaders;

/** Turns a dead letter back into the original key and bytes, with where it came from and why in headers. */
final class DeadLetterWriter implements Processor<String, Outcome, byte[], byte[]> {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterWriter.class);

    private ProcessorContext<byte[], byte[]> context;

    @Override
    public void init(ProcessorContext<byte[], byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Outcome> record) {
        DeadLetter letter = ((Outcome.DeadLettered) record.value()).deadLetter();
        SourceRecord source = letter.source();
        // The reason stays in the record's headers: an exception's message may quote the text.
        log.warn("Dead-lettered {}-{}@{} at stage {}", source.topic(), source.partition(), source.offset(), letter.stage());
        // The input's headers travel with the record through the topology: a replay's mark among them.
        context.forward(new Record<>(source.key(), source.value(), record.timestamp(),
                DeadLetterHeaders.carryReplayOf(record.headers(), headers(letter))));
    }

    private static Headers headers(DeadLetter letter) {
        SourceRecord source = letter.source();
        return new DeadLetterHeaders(source.topic(), source.partition(), source.offset(), letter.stage(),
                letter.reason()).writeTo(new RecordHeaders());
    }
}
