package org.staffroom.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "English deep dive", "Line one\nline two\r\n\tindented", "Café – naïve",
        "Reading \uD83D\uDCDA together", "日本語"})
    void textAsPeopleTypeItIsKept(String text) {
        assertThat(TypedText.isTyped(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul \u0000 inside", "bell \u0007", "escape \u001b[31m", "delete \u007f",
        "next line \u0085", "lone high \uD800", "lone low \uDC00 here", "reversed \uDC00\uD800", "ends high \uD83D"})
    void controlCharactersAndHalvesOfSurrogatePairsAreRefused(String text) {
        assertThat(TypedText.isTyped(text)).isFalse();
    }
}
