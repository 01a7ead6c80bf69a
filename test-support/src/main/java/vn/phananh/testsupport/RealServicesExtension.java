package vn.phananh.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit Jupiter extension that hands tests the run's real services as parameters:
 * declare a {@link KafkaService} or {@link ElasticsearchService} parameter on a test,
 * lifecycle method or constructor. Spring tests use {@link RealServices} from a
 * {@code @DynamicPropertySource} method instead.
 */
public final class RealServicesExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == KafkaService.class || type == ElasticsearchService.class || type == KeycloakService.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == KeycloakService.class) {
            return RealServices.keycloak();
        }
        return type == KafkaService.class ? RealServices.kafka() : RealServices.elasticsearch();
    }
}
