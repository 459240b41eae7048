package dk.kl.partnerships.security.secrets;

import io.micrometer.observation.ObservationFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** {@link TokenMasking} in every process that makes observations: the services, the gateway, the web client. */
@AutoConfiguration
@ConditionalOnClass(ObservationFilter.class)
public class TokenMaskingAutoConfiguration {

    @Bean
    ObservationFilter tokenMasking() {
        return new TokenMasking();
    }
}
