package dk.kl.partnerships.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.kit.domain.BusinessTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RateLimitTests {

    /** A clock that stands still between the steps the test takes. */
    private static final class SteppedClock extends Clock {
        private Instant now = Instant.EPOCH;

        void setTo(Instant moment) {
            now = moment;
        }

        @Override
        public ZoneId getZone() {
            return BusinessTime.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final SteppedClock clock = new SteppedClock();

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

        clock.setTo(java.time.Instant.parse("2027-04-01T08:00:00Z"));
        assertThat(limit.tryAcquire()).isFalse();
        clock.setTo(java.time.Instant.parse("2027-04-01T08:00:01Z"));
        assertThat(limit.tryAcquire())
                .as("a clock set back does not stop sending")
                .isTrue();
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
