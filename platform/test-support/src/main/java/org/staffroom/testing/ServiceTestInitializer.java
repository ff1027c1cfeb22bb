package org.staffroom.testing;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a service's context at the shared test servers, with a database of its own on each so
 * that contexts never see one another's data.
 */
public class ServiceTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestInfrastructure servers = TestInfrastructure.get();
        String name = context.getEnvironment().getProperty("spring.application.name", "service").replace('-', '_');
        String database = servers.newDatabase(name);
        Map<String, Object> properties = Map.of(
                "spring.datasource.url", servers.jdbcUrl(database),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres",
                "spring.mongodb.uri", servers.mongoUri(database),
                "spring.kafka.bootstrap-servers", servers.kafkaBootstrapServers(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", servers.jwkSetUri(),
                "staffroom.security.issuer", TestTokens.ISSUER,
                "staffroom.consumers.group-prefix", database,
                "staffroom.access.arrival-wait", "300ms");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("staffroom-test", properties));
    }
}
