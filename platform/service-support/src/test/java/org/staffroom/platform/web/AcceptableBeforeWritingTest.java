package org.staffroom.platform.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

class AcceptableBeforeWritingTest {

    private final AcceptableBeforeWriting check = new AcceptableBeforeWriting();

    private static MockHttpServletRequest request(String method, String accept) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/work-areas");
        request.addHeader("Accept", accept);
        return request;
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/json", "application/problem+json", "application/hal+json",
        "application/*", "text/html, application/xhtml+xml, application/xml;q=0.9, */*;q=0.8",
        "application/xml, application/json;q=0.5"})
    void aWriteWhoseAcceptAdmitsJsonGoesAhead(String accept) {
        assertThatCode(() -> check.preHandle(request("POST", accept), new MockHttpServletResponse(), null))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({"POST, application/xml", "PUT, text/html", "PATCH, text/plain", "POST, not a media type"})
    void aWriteWhoseAcceptAdmitsNoJsonIsRefusedBeforeItRuns(String method, String accept) {
        assertThatThrownBy(() -> check.preHandle(request(method, accept), new MockHttpServletResponse(), null))
                .isInstanceOf(HttpMediaTypeNotAcceptableException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "DELETE", "HEAD"})
    void readsAndDeletesAreLeftToSpring(String method) {
        assertThatCode(() -> check.preHandle(request(method, "application/octet-stream"),
                new MockHttpServletResponse(), null)).doesNotThrowAnyException();
    }
}
