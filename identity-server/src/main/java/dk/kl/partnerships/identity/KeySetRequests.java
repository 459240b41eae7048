package dk.kl.partnerships.identity;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Counts the requests for the key set ({@code partnerships_identity_key_set_requests_total}): the
 * gateway and the services fetch it again only a bounded number of times for tokens under unknown
 * key ids, and this is where a flood that got past them would show.
 */
@Configuration(proxyBeanMethods = false)
class KeySetRequests {

    static final String PATH = "/oauth2/jwks";

    @Bean
    FilterRegistrationBean<Filter> keySetRequestCounter(MeterRegistry meters) {
        Counter requests = Counter.builder("partnerships.identity.key-set.requests")
                .description("Requests for the identity server's key set (JWKS)")
                .register(meters);
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            requests.increment();
            chain.doFilter(request, response);
        });
        registration.addUrlPatterns(PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
