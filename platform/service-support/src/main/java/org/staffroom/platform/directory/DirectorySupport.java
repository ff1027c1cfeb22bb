package org.staffroom.platform.directory;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

@AutoConfiguration
@EnableConfigurationProperties(KeycloakProperties.class)
public class DirectorySupport {

    /**
     * Command handlers look users up while they hold their aggregate's lock, so a directory that stops answering
     * must fail the command soon rather than hold it.
     */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    @Bean
    @ConditionalOnMissingBean
    UserDirectory userDirectory(KeycloakProperties keycloak, Clock clock) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(READ_TIMEOUT);
        return new KeycloakUserDirectory(RestClient.builder().requestFactory(requests), keycloak, clock);
    }
}
