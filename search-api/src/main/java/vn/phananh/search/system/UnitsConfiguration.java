package vn.phananh.search.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.phananh.search.security.KnownUnits;
import vn.phananh.search.web.WebProperties;

/** The units this service serves: those with a display name. */
@Configuration(proxyBeanMethods = false)
class UnitsConfiguration {

    @Bean
    KnownUnits knownUnits(WebProperties web) {
        return web.unitNames()::containsKey;
    }
}
