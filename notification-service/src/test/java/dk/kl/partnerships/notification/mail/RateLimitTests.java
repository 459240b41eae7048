package dk.kl.partnerships.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.kit.test.MutableClock;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RateLimitTests {

    private final MutableClock clock = new MutableClock(ZoneId.of("Europe/Copenhagen"));

    @Test
    void handsOutASecondsWorthOfPermitsAndThenOnlyAsTimePasses() {
        clock.setTo(java.time.Instant.parse("2027-05-01T08:00:00Z"));
        RateLimit limit = new RateLimit(5, clock);

        int granted = 0;
        while (limit.tryAcquire()) {
            granted++;
        }
        assertThat(granted).isEqualTo(5);

        clock.setTo(java.time.Instant.parse("2027-05-01T08:00:00.400Z"));
        assertThat(limit.tryAcquire()).isTrue();
        assertThat(limit.tryAcquire()).isTrue();
        assertThat(limit.tryAcquire()).isFalse();

        clock.setTo(java.time.Instant.parse("2027-05-01T08:01:00Z"));
        granted = 0;
        while (limit.tryAcquire()) {
            granted++;
        }
        assertThat(granted).as("never more than a second's worth at once").isEqualTo(5);
    }

    @Test
    void retriesWaitLongerEachTimeUpToTheLongestWait() {
        MailSettings settings = LettersTests.SETTINGS;

        assertThat(settings.retryAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.retryAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.retryAfter(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(settings.retryAfter(20)).isEqualTo(Duration.ofHours(1));
    }
}
