package dk.kl.partnerships.meeting.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kl.partnerships.kit.domain.BusinessTime;
import dk.kl.partnerships.kit.test.MutableClock;
import java.time.Duration;
import java.time.Period;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Subscription tokens: signed with the current key, verified by every known key, until they expire. */
class FeedTokenSignerTests {

    private static final String OLD_SECRET = "the-first-secret-of-this-environment-0123456789";
    private static final String NEW_SECRET = "the-second-secret-of-this-environment-987654321";
    private static final String FEED = "municipality:630";

    private final MutableClock clock = new MutableClock(BusinessTime.ZONE);

    @Test
    void aTokenCarriesItsKeyIdExpiryAndGenerationAndOpensOnlyItsOwnFeed() {
        FeedTokenSigner signer = signer(OLD_SECRET, "2024a", Map.of());

        SubscriptionTokens.Issued issued = signer.sign(FEED, 4);

        assertThat(issued.token()).startsWith("2024a." + issued.expiresAt().getEpochSecond() + ".4.");
        assertThat(issued.expiresAt())
                .isBetween(
                        clock.instant().plus(Duration.ofDays(30)).minusSeconds(2),
                        clock.instant().plus(Duration.ofDays(30)));
        assertThat(signer.generationOf(FEED, issued.token())).isEqualTo(OptionalLong.of(4));
        assertThat(signer.generationOf("municipality:631", issued.token())).isEmpty();
    }

    @Test
    void aTokenWhoseExpiryGenerationOrKeyIdIsChangedIsRefused() {
        FeedTokenSigner signer = signer(OLD_SECRET, "1", Map.of("0", NEW_SECRET));
        String[] parts = signer.sign(FEED, 0).token().split("\\.");

        assertThat(signer.generationOf(
                        FEED,
                        String.join(
                                ".", parts[0], String.valueOf(Long.parseLong(parts[1]) + 86_400), parts[2], parts[3])))
                .isEmpty();
        assertThat(signer.generationOf(FEED, String.join(".", parts[0], parts[1], "1", parts[3])))
                .isEmpty();
        assertThat(signer.generationOf(FEED, String.join(".", "0", parts[1], parts[2], parts[3])))
                .isEmpty();
        assertThat(signer.generationOf(FEED, "not-a-token")).isEmpty();
        assertThat(signer.generationOf(FEED, null)).isEmpty();
    }

    @Test
    void aTokenStopsWorkingWhenItExpires() {
        FeedTokenSigner signer = signer(OLD_SECRET, "1", Map.of());
        String token = signer.sign(FEED, 0).token();

        clock.advance(Period.ofDays(29));
        assertThat(signer.generationOf(FEED, token)).isPresent();
        clock.advance(Period.ofDays(2));
        assertThat(signer.generationOf(FEED, token)).isEmpty();
    }

    @Test
    void rotatingTheSecretKeepsTheOldUrlsWorkingUntilTheOldKeyIsRemoved() {
        String before = signer(OLD_SECRET, "1", Map.of()).sign(FEED, 0).token();

        FeedTokenSigner rotated = signer(NEW_SECRET, "2", Map.of("1", OLD_SECRET));
        String after = rotated.sign(FEED, 0).token();

        assertThat(after).startsWith("2.");
        assertThat(rotated.generationOf(FEED, before))
                .as("the old URL, by its retired key")
                .isPresent();
        assertThat(rotated.generationOf(FEED, after)).isPresent();
        FeedTokenSigner oldKeyRemoved = signer(NEW_SECRET, "2", Map.of());
        assertThat(oldKeyRemoved.generationOf(FEED, before)).isEmpty();
        assertThat(oldKeyRemoved.generationOf(FEED, after)).isPresent();
    }

    @Test
    void keysMustBeLongAndTheirIdsPlainAndDistinct() {
        assertThatThrownBy(() -> signer(NEW_SECRET, "2", Map.of("1", "short")))
                .hasMessageContaining("retired-token-keys.1 must have at least 32 characters");
        assertThatThrownBy(() -> signer(NEW_SECRET, "2", Map.of("2", OLD_SECRET)))
                .hasMessageContaining("differ from token-key-id");
        assertThatThrownBy(() -> signer(NEW_SECRET, "a.b", Map.of())).hasMessageContaining("token-key-id");
    }

    private FeedTokenSigner signer(String secret, String keyId, Map<String, String> retired) {
        return new FeedTokenSigner(
                new CalendarSettings(secret, keyId, retired, Duration.ofDays(30), "KL", "partnerskaber@kl.dk"), clock);
    }
}
