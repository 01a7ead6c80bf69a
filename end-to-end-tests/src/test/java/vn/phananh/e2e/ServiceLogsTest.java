package vn.phananh.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The log scan the browser test runs over a whole demo load finds what it must find, and only that. */
class ServiceLogsTest {

    private static final String CLEAN = """
            {"@timestamp":"2026-12-01T22:41:03.376938731Z","log":{"level":"INFO"},"message":"Stored API feedback","feedbackId":"a95d125c-fef2-3c56-b09d-0905123456ab","unit":"xa-hung-cuong"}""";

    @Test
    void findsTextsPersonalDataAndPhoneNumbersButNotIdsOrTimestamps() throws Exception {
        String text = "Đường liên thôn Đông Tiến sụt lún nặng, xe tải không qua được, gọi tôi 0905 123 456";
        Path logs = Files.createDirectories(Path.of("target/service-logs-test").toAbsolutePath());
        Files.write(logs.resolve("ingest-service.log"), List.of("WARNING: sun.misc.Unsafe", CLEAN));
        Files.write(logs.resolve("stream-processor.log"), List.of(CLEAN.replace("Stored API feedback",
                "Took in \\u0110\\u01b0\\u1eddng li\\u00ean th\\u00f4n \\u0110\\u00f4ng Ti\\u1ebfn s\\u1ee5t l\\u00fan")));
        Files.write(logs.resolve("search-api.log"), List.of(CLEAN.replace("Stored API feedback", "call 0934.567.890"),
                "plain text with the author Trần Thị Mai"));
        Files.write(logs.resolve("outbox-sender.log"), List.of(CLEAN.replace("Stored API feedback", "Sent FACEBOOK reply")));
        Files.write(logs.resolve("web-app.log"), List.of(CLEAN.replace("Stored API feedback", "Recorded a desk feedback")));

        ServiceLogs read = ServiceLogs.read(logs);
        List<String> leaks = read.leaks(ServiceLogs.secretsOf(List.of(text), List.of("Trần Thị Mai")));

        assertThat(leaks).hasSize(3)
                .anyMatch(l -> l.startsWith("stream-processor logged \"Đường liên thôn Đông Tiến\""))
                .anyMatch(l -> l.startsWith("search-api logged what looks like a phone number (0934.567.890)"))
                .anyMatch(l -> l.startsWith("search-api logged \"Trần Thị Mai\""));
        assertThat(read.of("ingest-service")).hasSize(2);
        assertThat(read.plainText()).containsOnlyKeys("ingest-service", "search-api");
        assertThat(ServiceLogs.secretsOf(List.of(text), List.of())).contains("0905 123 456", "0905123456");
        assertThat(read.leaks(Set.of())).hasSize(1);
    }
}
