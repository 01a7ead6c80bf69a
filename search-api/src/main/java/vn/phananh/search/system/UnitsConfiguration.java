package vn.phananh.search.system;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.phananh.search.security.KnownUnits;
import vn.phananh.units.UnitDefinition;
import vn.phananh.units.UnitRegistry;

/**
 * The units in force, read live from {@code units.v1}: which token groups are units, and the
 * units' names on the pages. The service starts serving once every unit on the topic is read.
 */
@Configuration(proxyBeanMethods = false)
class UnitsConfiguration {

    @Bean(destroyMethod = "close")
    UnitRegistry unitRegistry(KafkaProperties kafka, UnitsProperties units) {
        return new UnitRegistry(String.join(",", kafka.getBootstrapServers()), units.topic()).start(units.loadTimeout());
    }

    @Bean
    KnownUnits knownUnits(UnitRegistry registry) {
        return group -> registry.current().ofStaffGroup(group).map(UnitDefinition::code);
    }
}
