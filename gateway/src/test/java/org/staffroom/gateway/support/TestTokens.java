package org.staffroom.gateway.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Signs tokens shaped like the Staffroom realm's, with a key whose public half the stub Keycloak serves. */
public final class TestTokens {

    public static final String TRUST_ID = "oak-academies";

    private static final String KEY_ID = "staffroom-test-key";

    private final RSAKey realmKey = generateKey();
    private final RSAKey strangerKey = generateKey();
    private String issuer = "unset";

    void useIssuer(String realmIssuer) {
        this.issuer = realmIssuer;
    }

    String jwkSetJson() {
        return new JWKSet(realmKey.toPublicJWK()).toString();
    }

    /** A valid token for a new user, so no two tests share a rate-limit bucket by accident. */
    public String valid() {
        return validFor(UUID.randomUUID().toString());
    }

    public String validFor(String userId) {
        return sign(realmKey, claims(userId).build());
    }

    /** A valid token for a new user who holds these realm roles. */
    public String withRoles(String... roles) {
        return sign(realmKey, claims(newUser()).claim("realm_access", Map.of("roles", List.of(roles))).build());
    }

    public String expired() {
        Instant issued = Instant.now().minus(Duration.ofHours(1));
        return sign(realmKey, claims(newUser(), issued).build());
    }

    public String fromIssuer(String otherIssuer) {
        return sign(realmKey, claims(newUser()).issuer(otherIssuer).build());
    }

    /** Same key id as the realm's key, so only the signature itself can give it away. */
    public String signedByStranger() {
        return sign(strangerKey, claims(newUser()).build());
    }

    public String withTrustId(UnaryOperator<JWTClaimsSet.Builder> trustClaim) {
        return sign(realmKey, trustClaim.apply(claims(newUser())).build());
    }

    private JWTClaimsSet.Builder claims(String userId) {
        return claims(userId, Instant.now());
    }

    private JWTClaimsSet.Builder claims(String userId, Instant issuedAt) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(userId)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(Duration.ofMinutes(5))))
                .claim("trust_id", TRUST_ID);
    }

    private static String newUser() {
        return UUID.randomUUID().toString();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).type(JOSEObjectType.JWT).build();
        SignedJWT token = new SignedJWT(header, claims);
        try {
            token.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Test token could not be signed", e);
        }
        return token.serialize();
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Test key could not be generated", e);
        }
    }
}
