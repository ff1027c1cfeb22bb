package org.staffroom.platform.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

class TokenChecksTest {

    private static final String ISSUER = "http://127.0.0.1:8180/realms/staffroom";

    private final OAuth2TokenValidator<Jwt> checks = TokenChecks.forIssuer(ISSUER);

    private static Jwt token(UnaryOperator<Jwt.Builder> change) {
        Instant now = Instant.now();
        return change.apply(Jwt.withTokenValue("token").header("alg", "RS256").issuer(ISSUER)
                .subject(UUID.randomUUID().toString()).claim(TokenChecks.TRUST_CLAIM, "oak-academies")
                .issuedAt(now).expiresAt(now.plusSeconds(300))).build();
    }

    private List<String> refusals(Jwt token) {
        return checks.validate(token).getErrors().stream().map(OAuth2Error::getDescription).toList();
    }

    @Test
    void aTokenOfTheIssuerNamingATrustAndAUserPasses() {
        assertThat(checks.validate(token(builder -> builder)).hasErrors()).isFalse();
    }

    @Test
    void aTokenWithoutATrustIsRefused() {
        assertThat(refusals(token(builder -> builder.claims(claims -> claims.remove(TokenChecks.TRUST_CLAIM)))))
                .containsExactly("The token has no trust_id claim.");
        assertThat(refusals(token(builder -> builder.claim(TokenChecks.TRUST_CLAIM, " "))))
                .containsExactly("The token has no trust_id claim.");
    }

    @Test
    void aTokenWhoseSubjectIsNotAUserIdIsRefused() {
        assertThat(refusals(token(builder -> builder.subject("service-account-gateway"))))
                .containsExactly("The token subject is not a user id.");
    }

    @Test
    void aTokenOfAnotherIssuerOrPastItsExpiryIsRefused() {
        assertThat(checks.validate(token(builder -> builder.issuer("http://127.0.0.1:8180/realms/other")))
                .hasErrors()).isTrue();
        Instant past = Instant.now().minusSeconds(3_600);
        assertThat(checks.validate(token(builder -> builder.issuedAt(past.minusSeconds(300)).expiresAt(past)))
                .hasErrors()).isTrue();
    }
}
