package dk.kl.partnerships.evaluation;

import dk.kl.partnerships.evaluation.framework.FrameworkAuthoring;
import dk.kl.partnerships.evaluation.registration.NetworkViewRepository;
import dk.kl.partnerships.kit.domain.BusinessTime;
import dk.kl.partnerships.kit.test.ApiClient;
import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.kit.test.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The evaluation service on the real broker and store, with a clock the tests move; every
 * integration test class extends this one, so they share one application context.
 */
@IntegrationTest
@Import(EvaluationIntegrationTest.TestClock.class)
public abstract class EvaluationIntegrationTest {

    @TestConfiguration
    public static class TestClock {
        @Bean
        MutableClock clock() {
            return new MutableClock(BusinessTime.ZONE);
        }
    }

    @LocalServerPort
    protected int port;

    @Value("${spring.kafka.bootstrap-servers}")
    protected String kafka;

    @Autowired
    protected MutableClock clock;

    @Autowired
    private FrameworkAuthoring frameworks;

    @Autowired
    private NetworkViewRepository networks;

    protected ApiClient api;
    protected EvaluationFixtures fixtures;

    @BeforeEach
    void connect() {
        api = ApiClient.onPort(port);
        fixtures = new EvaluationFixtures(kafka, api, clock, frameworks, networks);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}
