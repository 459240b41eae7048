package dk.kl.partnerships.kit.security;

import dk.kl.partnerships.kit.web.IdempotencyKeys;
import dk.kl.partnerships.kit.web.RequestSizeLimit;
import dk.kl.partnerships.security.IdentityProviderKeys;
import dk.kl.partnerships.security.Role;
import dk.kl.partnerships.security.SecurityProperties;
import dk.kl.partnerships.security.TokenPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is an OAuth2 resource server: {@code /api/**} needs a bearer JWT signed by the
 * configured issuer's key (RS256 only, so {@code alg=none} never passes), from that issuer, for the
 * platform's audience, not expired — and a platform role: every route but the public ones fails
 * closed for a caller without one. Health, metrics and the OpenAPI document stay open.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    private static final Duration IDEMPOTENCY_KEY_RETENTION = Duration.ofDays(1);

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, MongoTemplate mongo, Clock clock, SecurityProperties properties)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                // After authorisation, so a remembered response is only ever replayed to its own caller.
                .addFilterAfter(new IdempotencyKeys(mongo, clock, IDEMPOTENCY_KEY_RETENTION), AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    // Health and metrics are served on the management port, the OpenAPI document on the API's.
                    requests.requestMatchers(
                                    "/actuator/health/**",
                                    "/actuator/health",
                                    "/actuator/prometheus",
                                    "/v3/api-docs/**",
                                    "/error")
                            .permitAll();
                    // Operations on the management port: re-driving dead letters, retrying parked events.
                    requests.requestMatchers(
                                    "/actuator/deadletters",
                                    "/actuator/deadletters/**",
                                    "/actuator/outbox",
                                    "/actuator/outbox/**")
                            .hasRole(Role.KL_ADMIN.name());
                    if (!properties.publicPaths().isEmpty()) {
                        requests.requestMatchers(properties.publicPaths().toArray(String[]::new))
                                .permitAll();
                    }
                    // Everything else needs a platform role: a token without one (or a coordinator's
                    // without an official municipality, TokenPolicy.authorities) is refused with 403.
                    requests.anyRequest().hasAnyRole(Role.names());
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(SecurityConfiguration::authentication))
                        .authenticationEntryPoint(ProblemAuthenticationHandlers.unauthenticated())
                        .accessDeniedHandler(ProblemAuthenticationHandlers.forbidden()))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(ProblemAuthenticationHandlers.unauthenticated())
                                .accessDeniedHandler(ProblemAuthenticationHandlers.forbidden()));
        return http.build();
    }

    /** Before everything else that reads a request, security included: an oversized body costs nothing more. */
    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(SecurityProperties properties) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
                new RequestSizeLimit(properties.maxRequestSize().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(IdentityProviderKeys.of(properties))
                .jwsAlgorithm(TokenPolicy.ALGORITHM)
                .build();
        decoder.setJwtValidator(TokenPolicy.validator(properties.issuer(), properties.audience()));
        return decoder;
    }

    @Bean
    WebMvcConfigurer callerArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

    static AbstractAuthenticationToken authentication(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, TokenPolicy.authorities(jwt), jwt.getSubject());
    }
}
