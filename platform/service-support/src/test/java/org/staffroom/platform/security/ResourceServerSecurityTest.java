package org.staffroom.platform.security;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class ResourceServerSecurityTest {

    @Test
    void theBootConfigurationItMustPrecedeIsNamedCorrectly() {
        assertThatCode(() -> Class.forName(ResourceServerSecurity.BOOT_RESOURCE_SERVER)).doesNotThrowAnyException();
    }
}
