package vn.phananh.ingest.system;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.phananh.units.SecretRef;
import vn.phananh.units.UnitRegistry;

/**
 * The units in force, read live from {@code units.v1}. The service starts serving only once every
 * unit on the topic is read, so no message is refused for a unit that merely was not read yet.
 */
@Configuration(proxyBeanMethods = false)
class UnitsConfiguration {

    @Bean(destroyMethod = "close")
    UnitRegistry unitRegistry(KafkaProperties kafka, UnitsProperties units) {
        return new UnitRegistry(String.join(",", kafka.getBootstrapServers()), units.topic()).start(units.loadTimeout());
    }

    @Bean
    SecretRef.Secrets unitSecrets(UnitsProperties units) {
        return SecretRef.Secrets.ofProcess(units.secretsDir());
    }
}
