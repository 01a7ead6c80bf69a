package vn.phananh.ingest.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.phananh.ingest.http.PayloadJson;

/** The clock and the strict JSON reader shared by every channel. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PayloadJson payloadJson(IngestProperties properties) {
        IngestProperties.Limits limits = properties.limits();
        long largest = Math.max(limits.webhookBody().toBytes(), limits.apiBody().toBytes());
        return new PayloadJson((int) Math.min(Integer.MAX_VALUE, largest));
    }
}
