package org.staffroom.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class FieldChecksTest {

    @Test
    void everyRefusedFieldIsNamedInTheOrderItWasChecked() {
        FieldChecks checks = new FieldChecks();

        String kept = checks.check(() -> "English deep dive");
        String refused = checks.check(() -> {
            throw new InvalidInput("name", "name must not be blank.");
        });
        checks.run(() -> {
            throw new InvalidInput("lineManagerId", "lineManagerId does not name a user of this trust.");
        });
        InvalidInput all = catchThrowableOfType(InvalidInput.class, checks::done);

        assertThat(kept).isEqualTo("English deep dive");
        assertThat(refused).isNull();
        assertThat(all.fields()).extracting(InvalidInput.Field::name).containsExactly("name", "lineManagerId");
        assertThat(all.field()).isEqualTo("name");
        assertThat(all.getMessage()).isEqualTo("The request has invalid fields.");
    }

    @Test
    void oneRefusalKeepsItsOwnMessage() {
        FieldChecks checks = new FieldChecks();
        checks.run(() -> {
            throw new InvalidInput("title", "title must not be blank.");
        });

        assertThatThrownBy(checks::done).isInstanceOf(InvalidInput.class).hasMessage("title must not be blank.");
    }

    @Test
    void nothingRefusedMeansNothingThrown() {
        FieldChecks checks = new FieldChecks();
        checks.run(() -> { });

        assertThatCode(checks::done).doesNotThrowAnyException();
    }

    @Test
    void otherRefusalsEndTheChecksAtOnce() {
        FieldChecks checks = new FieldChecks();

        assertThatThrownBy(() -> checks.run(() -> {
            throw new AccessDenied("You need MANAGE on BLOG in this work area.");
        })).isInstanceOf(AccessDenied.class);
    }
}
