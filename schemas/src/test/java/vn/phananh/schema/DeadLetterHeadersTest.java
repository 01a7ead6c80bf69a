package vn.phananh.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class DeadLetterHeadersTest {

    @Test
    void readsBackWhatItWrote() {
        DeadLetterHeaders written = new DeadLetterHeaders(Topics.RAW_NAME, 2, 41L, "decode", "undecodable: lỗi mã hoá");

        DeadLetterHeaders read = DeadLetterHeaders.readFrom(written.writeTo(new RecordHeaders()));

        assertThat(read).isEqualTo(written);
        assertThat(read.source()).isEqualTo("feedback.raw.v1-2@41");
    }

    @Test
    void aRecordWithoutHeadersReadsAsUnknownNotAsAnError() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(DeadLetterHeaders.SOURCE_OFFSET, "not a number".getBytes(StandardCharsets.UTF_8));

        DeadLetterHeaders read = DeadLetterHeaders.readFrom(headers);

        assertThat(read).isEqualTo(new DeadLetterHeaders(null, -1, -1L, null, null));
    }
}
