package dk.kl.partnerships.meeting;

import dk.kl.partnerships.kit.domain.BusinessTime;
import dk.kl.partnerships.kit.test.ApiClient;
import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.kit.test.MutableClock;
import dk.kl.partnerships.meeting.registration.Rostering;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The meeting service on the real broker and store, with a clock the tests move; every
 * integration test class extends this one, so they share one application context.
 */
@IntegrationTest
@Import(MeetingIntegrationTest.TestClock.class)
public abstract class MeetingIntegrationTest {

    public static final ZoneId COPENHAGEN = BusinessTime.ZONE;

    @TestConfiguration
    public static class TestClock {
        @Bean
        MutableClock clock() {
            return new MutableClock(COPENHAGEN);
        }
    }

    @LocalServerPort
    protected int port;

    @Value("${spring.kafka.bootstrap-servers}")
    protected String kafka;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected Rostering knowledge;

    protected ApiClient api;
    protected MeetingFixtures fixtures;

    @BeforeEach
    void connect() {
        api = ApiClient.onPort(port);
        fixtures = new MeetingFixtures(kafka, knowledge, api, clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}
