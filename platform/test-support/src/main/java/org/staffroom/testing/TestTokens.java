package org.staffroom.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs tokens shaped like the Keycloak realm's with a key generated for this JVM. Services under
 * test fetch the public half from {@link TestInfrastructure}'s JWK set endpoint, exactly as they
 * fetch Keycloak's keys in production.
 */
public final class TestTokens {

    public static final String ISSUER = "http://localhost:8180/realms/staffroom";

    private static final RSAKey KEY = generate();

    private TestTokens() {
    }

    public static String forUser(DemoUser user) {
        return sign(claims(user.id().toString(), user.trustId(), List.of(user.role()), ISSUER)
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
    }

    public static String custom(String subject, String trustId, List<String> roles, String issuer, Instant expiry) {
        return sign(claims(subject, trustId, roles, issuer).expirationTime(Date.from(expiry)).build());
    }

    public static String jwkSetJson() {
        return new JWKSet(KEY.toPublicJWK()).toString();
    }

    private static JWTClaimsSet.Builder claims(String subject, String trustId, List<String> roles, String issuer) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(new Date())
                .claim("realm_access", Map.of("roles", roles));
        return trustId == null ? claims : claims.claim("trust_id", trustId);
    }

    private static String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(KEY.toPrivateKey()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
