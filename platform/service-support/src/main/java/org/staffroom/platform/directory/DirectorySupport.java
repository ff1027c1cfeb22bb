package org.staffroom.platform.directory;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;

@AutoConfiguration
@EnableConfigurationProperties(KeycloakProperties.class)
public class DirectorySupport {

    @Bean
    @ConditionalOnMissingBean
    UserDirectory userDirectory(KeycloakProperties keycloak, Clock clock) {
        return new KeycloakUserDirectory(RestClient.builder(), keycloak, clock);
    }
}
