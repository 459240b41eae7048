package dk.kl.partnerships.kit.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import dk.kl.partnerships.kit.web.IdempotencyKeys;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.StringUtils;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Every service is an OAuth2 resource server: {@code /api/**} needs a bearer JWT signed by the
 * configured issuer's key (RS256 only, so {@code alg=none} never passes), from that issuer, for the
 * platform's audience, not expired. Health, metrics and the OpenAPI document stay open.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    public static final String ROLES_CLAIM = "roles";
    public static final String MUNICIPALITY_CLAIM = "municipality";
    private static final Duration IDEMPOTENCY_KEY_RETENTION = Duration.ofDays(1);

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, MongoTemplate mongo, Clock clock, SecurityProperties properties)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                // After authorisation, so a remembered response is only ever replayed to its own caller.
                .addFilterAfter(new IdempotencyKeys(mongo, clock, IDEMPOTENCY_KEY_RETENTION), AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus",
                            "/actuator/info", "/v3/api-docs/**", "/error").permitAll();
                    if (!properties.publicPaths().isEmpty()) {
                        requests.requestMatchers(properties.publicPaths().toArray(String[]::new)).permitAll();
                    }
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(SecurityConfiguration::authentication))
                        .authenticationEntryPoint(ProblemAuthenticationHandlers.unauthenticated())
                        .accessDeniedHandler(ProblemAuthenticationHandlers.forbidden()))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(ProblemAuthenticationHandlers.unauthenticated())
                        .accessDeniedHandler(ProblemAuthenticationHandlers.forbidden()));
        return http.build();
    }

    @Bean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        if (!StringUtils.hasText(properties.jwkSetUri()) || !StringUtils.hasText(properties.issuer())) {
            throw new IllegalStateException("partnerships.security.issuer and partnerships.security.jwk-set-uri "
                    + "must name the identity provider whose tokens this service accepts");
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()),
                audience(properties.audience())));
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

    static OAuth2TokenValidator<Jwt> audience(String audience) {
        OAuth2Error error = new OAuth2Error("invalid_token", "The token is not for audience " + audience, null);
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(error);
    }

    static AbstractAuthenticationToken authentication(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, authorities(jwt), jwt.getSubject());
    }

    static Collection<GrantedAuthority> authorities(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
        if (roles == null) {
            return List.of();
        }
        return roles.stream()
                .filter(role -> Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(role)))
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

}
