package dk.kl.partnerships.meeting;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The service does not start in production with the calendar secret it ships for development. */
class SampleSecretsTests {

    @Test
    void productionRefusesTheSampleCalendarSecretBeforeConnectingToAnything() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(MeetingApplication.class)
                        .profiles("production")
                        .run())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("meeting-service refuses to start")
                .hasMessageContaining("partnerships.calendar.token-secret");
    }
}
