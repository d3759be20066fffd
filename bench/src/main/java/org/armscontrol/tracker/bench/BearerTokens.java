package org.armscontrol.tracker.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * Plays the identity provider: the applications run with {@code tracker.security.mode=jwt} and this key pair's
 * public key, and the benchmark signs in with tokens it signs, as production clients would (a Basic sign-in costs a
 * bcrypt check on every request, which would measure bcrypt rather than the tracker).
 */
final class BearerTokens {

    private final KeyPair keys;
    private final Path publicKey;

    BearerTokens() throws IOException, NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        publicKey = Files.createTempFile("tracker-bench-jwt", ".pub");
        publicKey.toFile().deleteOnExit();
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
    }

    /** The application arguments that make it trust these tokens. */
    List<String> applicationArguments() {
        return List.of("--tracker.security.mode=jwt",
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey);
    }

    String token(String user, List<String> roles, Duration validity) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                .subject(user)
                .claim("preferred_username", user)
                .claim("roles", roles)
                .issueTime(Date.from(Instant.now()))
                .expirationTime(Date.from(Instant.now().plus(validity)))
                .build());
        jwt.sign(new RSASSASigner(keys.getPrivate()));
        return jwt.serialize();
    }
}
