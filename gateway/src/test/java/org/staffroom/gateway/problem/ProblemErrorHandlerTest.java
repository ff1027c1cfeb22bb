package org.staffroom.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ConnectTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class ProblemErrorHandlerTest {

    @Test
    void refusedConnectionToAServiceMeansServiceUnavailable() {
        Throwable refused = new IllegalStateException("wrapped", new ConnectException("Connection refused"));

        assertThat(ProblemErrorHandler.statusOf(refused)).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void timeoutsMeanGatewayTimeout() {
        assertThat(ProblemErrorHandler.statusOf(new TimeoutException())).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
        assertThat(ProblemErrorHandler.statusOf(new ConnectTimeoutException())).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
    }

    @Test
    void statusOfAResponseStatusExceptionIsKept() {
        Throwable notFound = new ResponseStatusException(HttpStatus.NOT_FOUND);

        assertThat(ProblemErrorHandler.statusOf(notFound)).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anythingElseIsAnInternalErrorWithAFixedDetail() {
        Throwable unexpected = new IllegalStateException("secret internal address 10.0.0.7");

        assertThat(ProblemErrorHandler.statusOf(unexpected)).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(ProblemErrorHandler.detailOf(HttpStatus.INTERNAL_SERVER_ERROR)).doesNotContain("10.0.0.7");
    }

    @Test
    void problemTypeIsTheSlugOfTheStatusReason() {
        assertThat(ProblemResponses.typeOf(HttpStatus.TOO_MANY_REQUESTS))
                .hasToString("https://staffroom.org/problems/too-many-requests");
    }
}
