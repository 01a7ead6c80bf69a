package vn.phananh.webapp.pages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

import vn.phananh.webapp.api.Me;
import vn.phananh.webapp.api.SearchApi;

/**
 * The units' names, from the search API's public list, kept for a minute: a unit onboarded while
 * the web app runs is named within that minute; while the API cannot be reached, the last names
 * known stay (and a unit not known yet is shown by its code).
 */
@Component
class UnitNames {

    static final Duration FRESH = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(UnitNames.class);

    private final SearchApi api;
    private final Clock clock = Clock.systemUTC();
    private volatile Map<String, String> names = Map.of();
    private volatile Instant readAt = Instant.EPOCH;

    UnitNames(SearchApi api) {
        this.api = api;
    }

    Optional<String> name(String code) {
        if (readAt.plus(FRESH).isBefore(clock.instant()) || !names.containsKey(code) && readAt.plusSeconds(5)
                .isBefore(clock.instant())) {
            refresh();
        }
        return Optional.ofNullable(names.get(code));
    }

    private synchronized void refresh() {
        try {
            names = api.unitNames().stream().collect(Collectors.toUnmodifiableMap(Me.Unit::code, Me.Unit::name));
        }
        catch (RestClientException ex) {
            log.warn("Unit names not read from the search API: {}", ex.toString());
        }
        readAt = clock.instant();
    }
}
