package dk.kl.partnerships.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

class VerifiedTokensTests {

    private static final Instant NOW = Instant.now();

    private final RSAKey key = generate();
    private final AtomicReference<Instant> now = new AtomicReference<>(NOW);
    private final AtomicInteger checked = new AtomicInteger();
    private final ReactiveJwtDecoder checking = token -> {
        checked.incrementAndGet();
        return NimbusReactiveJwtDecoder.withPublicKey(publicKey()).build().decode(token);
    };

    @Test
    void anAcceptedTokenIsCheckedOnceUntilItExpires() {
        VerifiedTokens tokens = new VerifiedTokens(checking, clock(), 10);
        String token = token(NOW.plusSeconds(300));

        Jwt first = tokens.decode(token).block();
        Jwt second = tokens.decode(token).block();

        assertThat(second).isEqualTo(first);
        assertThat(checked).hasValue(1);
    }

    @Test
    void aRememberedTokenIsCheckedAgainOnceItHasExpired() {
        now.set(Instant.now());
        VerifiedTokens tokens = new VerifiedTokens(checking, clock(), 10);
        String token = token(now.get().plusSeconds(300));
        tokens.decode(token).block();

        now.set(now.get().plusSeconds(301));
        tokens.decode(token).block();

        assertThat(checked).hasValue(2);
    }

    @Test
    void aTokenAcceptedOnlyWithinTheDecodersClockSkewIsNeverRemembered() {
        now.set(Instant.now());
        VerifiedTokens tokens = new VerifiedTokens(checking, clock(), 10);
        String token = token(now.get().minusSeconds(30));

        tokens.decode(token).block();
        tokens.decode(token).block();

        assertThat(checked).hasValue(2);
    }

    @Test
    void aTokenWithAnotherSignatureIsNeverTakenForARememberedOne() {
        VerifiedTokens tokens = new VerifiedTokens(checking, clock(), 10);
        String token = token(NOW.plusSeconds(300));
        tokens.decode(token).block();
        String tampered =
                token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);

        assertThatThrownBy(() -> tokens.decode(tampered).block()).isInstanceOf(JwtException.class);
    }

    @Test
    void pastItsCapacityNewTokensAreCheckedEveryTime() {
        VerifiedTokens tokens = new VerifiedTokens(checking, clock(), 1);
        tokens.decode(token(NOW.plusSeconds(300))).block();
        String other = token(NOW.plusSeconds(301));

        tokens.decode(other).block();
        tokens.decode(other).block();

        assertThat(checked).hasValue(3);
    }

    @Test
    void whenFullExpiredTokensMakeRoomAtTheNextSweepWhichComesOnceASecondAtMost() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        now.set(start);
        VerifiedTokens tokens = new VerifiedTokens(checking, clock(), 1);
        tokens.decode(token(start.plusSeconds(10))).block(); // 1: remembered, the memory is full
        now.set(start.plusMillis(9_500));
        tokens.decode(token(start.plusSeconds(600))).block(); // 2: swept in vain, not remembered

        now.set(start.plusMillis(10_200)); // the first token has expired, but the last sweep was just now
        String fresh = token(start.plusSeconds(600).plusSeconds(1));
        tokens.decode(fresh).block(); // 3: no sweep yet, so not remembered
        tokens.decode(fresh).block(); // 4
        now.set(start.plusMillis(10_600));
        tokens.decode(fresh).block(); // 5: swept, and remembered in the room made
        tokens.decode(fresh).block();

        assertThat(checked).hasValue(5);
    }

    private Clock clock() {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
    }

    private String token(Instant expires) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    new JWTClaimsSet.Builder()
                            .subject("koordinator-630")
                            .issueTime(Date.from(expires.minusSeconds(600)))
                            .expirationTime(Date.from(expires))
                            .build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private java.security.interfaces.RSAPublicKey publicKey() {
        try {
            return key.toRSAPublicKey();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("test").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
