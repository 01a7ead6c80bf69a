package vn.phananh.processor.topology;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

import vn.phananh.schema.Topics;

/** Turns a dead letter back into the original key and bytes, with where it came from and why in headers. */
final class DeadLetterWriter implements Processor<String, Outcome, byte[], byte[]> {

    private ProcessorContext<byte[], byte[]> context;

    @Override
    public void init(ProcessorContext<byte[], byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Outcome> record) {
        DeadLetter letter = ((Outcome.DeadLettered) record.value()).deadLetter();
        SourceRecord source = letter.source();
        context.forward(new Record<>(source.key(), source.value(), record.timestamp(), headers(letter)));
    }

    private static Headers headers(DeadLetter letter) {
        SourceRecord source = letter.source();
        return new RecordHeaders()
                .add(Topics.DLQ_HEADER_SOURCE_TOPIC, utf8(source.topic()))
                .add(Topics.DLQ_HEADER_SOURCE_PARTITION, utf8(Integer.toString(source.partition())))
                .add(Topics.DLQ_HEADER_SOURCE_OFFSET, utf8(Long.toString(source.offset())))
                .add(Topics.DLQ_HEADER_STAGE, utf8(letter.stage()))
                .add(Topics.DLQ_HEADER_ERROR, utf8(letter.reason()));
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
