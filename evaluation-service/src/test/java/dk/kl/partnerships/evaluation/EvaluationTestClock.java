package dk.kl.partnerships.evaluation;

import dk.kl.partnerships.kit.test.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.ZoneId;

/** One clock the integration tests move forward, shared so they share one application context. */
@TestConfiguration
public class EvaluationTestClock {

    @Bean
    MutableClock clock() {
        return new MutableClock(ZoneId.of("Europe/Copenhagen"));
    }
}
