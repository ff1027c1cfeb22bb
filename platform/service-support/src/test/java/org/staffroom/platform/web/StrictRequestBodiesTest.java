package org.staffroom.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.staffroom.platform.domain.InvalidInput;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The mapper every service reads request bodies with. */
class StrictRequestBodiesTest {

    record Entry(String title, LocalDate dueDate) {
    }

    private final JsonMapper json = mapper();

    private static JsonMapper mapper() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new WebSupport().strictRequestBodies().customize(builder);
        return builder.build();
    }

    private Entry read(String body) {
        return json.readValue(body, Entry.class);
    }

    @Test
    void aCalendarDateIsReadAndAnEmptyOneIsNone() {
        assertThat(read("{\"title\":\"Phonics\",\"dueDate\":\"2026-12-31\"}").dueDate())
                .isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(read("{\"title\":\"Phonics\",\"dueDate\":\"\"}").dueDate()).isNull();
        assertThat(read("{\"title\":\"Phonics\",\"dueDate\":null}").dueDate()).isNull();
    }

    @Test
    void aDateWithATimeIsNotADate() {
        assertThatThrownBy(() -> read("{\"dueDate\":\"2026-12-31T00:00:00Z\"}")).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> read("{\"dueDate\":\"2026-12-31T09:30:00\"}")).isInstanceOf(JacksonException.class);
    }

    @Test
    void textMustBeAStringAsPeopleTypeIt() {
        assertThat(read("{\"title\":\"Line one\\nline two\"}").title()).isEqualTo("Line one\nline two");
        assertThatThrownBy(() -> read("{\"title\":123}")).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> read("{\"title\":\"nul \\u0000\"}")).satisfies(refused -> {
            Throwable cause = refused;
            while (cause != null && !(cause instanceof InvalidInput)) {
                cause = cause.getCause();
            }
            assertThat(cause).isInstanceOf(InvalidInput.class);
            assertThat(((InvalidInput) cause).field()).isEqualTo("title");
        });
    }
}
