package dk.kl.partnerships.gateway;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.SignedJWT;
import dk.kl.partnerships.security.IdentityProviderKeys;
import dk.kl.partnerships.security.Role;
import dk.kl.partnerships.security.SecurityProperties;
import dk.kl.partnerships.security.TokenPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The gateway checks every API token before anything is forwarded — signature (RS256 only, so
 * {@code alg=none} never passes), issuer, audience and lifetime, by the same policy as the
 * services, which check again — and lets only a caller with a platform role reach the API (a
 * coordinator only with an official municipality); which role may do what is the services' to
 * judge. The OpenAPI
 * UI, the documents and the calendar feeds (which carry their own signed token) are open; CORS lets
 * the configured browser origins in.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

    static final List<String> OPEN_PATHS = List.of(
            "/swagger-ui.html",
            "/swagger-ui/**",
            "/webjars/**",
            "/v3/api-docs/**",
            "/api-docs/**",
            "/actuator/health",
            "/actuator/health/**",
            "/actuator/prometheus");

    /**
     * How many accepted tokens the gateway remembers: the platform's users at once (98 municipalities'
     * coordinators, KL's staff, finance's systems) with room to spare, a few MB of heap.
     */
    private static final int VERIFIED_TOKENS = 2_000;

    @Bean
    SecurityWebFilterChain apiSecurity(
            ServerHttpSecurity http,
            SecurityProperties properties,
            ReactiveJwtDecoder decoder,
            CorsConfigurationSource cors,
            AddressRateLimiting addressLimits) {
        List<String> open = new ArrayList<>(OPEN_PATHS);
        open.addAll(properties.publicPaths());
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .cors(spec -> spec.configurationSource(cors))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.OPTIONS)
                        .permitAll()
                        .pathMatchers(open.toArray(String[]::new))
                        .permitAll()
                        // a platform role, or nothing: TokenPolicy grants none to a token without one, or to a
                        // coordinator's without an official municipality
                        .pathMatchers("/api/**")
                        .hasAnyRole(Role.names())
                        .anyExchange()
                        .permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(GatewaySecurity::authentication))
                        .authenticationEntryPoint((exchange, e) -> {
                            addressLimits.chargeRefused(exchange);
                            exchange.getResponse()
                                    .getHeaders()
                                    .set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
                            return Problems.write(
                                    exchange,
                                    HttpStatus.UNAUTHORIZED,
                                    "unauthenticated",
                                    "Authentication required",
                                    "A valid bearer token is required.");
                        })
                        .accessDeniedHandler((exchange, e) -> Problems.write(
                                exchange,
                                HttpStatus.FORBIDDEN,
                                "forbidden",
                                "Not allowed",
                                "Your token does not allow this request.")))
                .build();
    }

    static Mono<AbstractAuthenticationToken> authentication(Jwt jwt) {
        return Mono.just(new JwtAuthenticationToken(jwt, TokenPolicy.authorities(jwt), jwt.getSubject()));
    }

    @Bean
    VerifiedTokens jwtDecoder(SecurityProperties properties, ObjectProvider<Clock> clock) {
        JWKSource<SecurityContext> keys = IdentityProviderKeys.of(properties);
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(token -> keysFor(keys, token))
                .jwsAlgorithm(TokenPolicy.ALGORITHM)
                .build();
        decoder.setJwtValidator(TokenPolicy.validator(properties.issuer(), properties.audience()));
        return new VerifiedTokens(decoder, clock.getIfAvailable(Clock::systemUTC), VERIFIED_TOKENS);
    }

    /** The key source fetches over blocking HTTP, so never on an event-loop thread. */
    private static Flux<JWK> keysFor(JWKSource<SecurityContext> keys, SignedJWT token) {
        JWKMatcher matcher = JWKMatcher.forJWSHeader(token.getHeader());
        if (matcher == null) {
            return Flux.empty();
        }
        return Mono.fromCallable(() -> keys.get(new JWKSelector(matcher), null))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMapMany(Flux::fromIterable);
    }

    @Bean
    CorsConfigurationSource cors(GatewaySettings settings) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(settings.allowedOrigins());
        configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
        configuration.setAllowedHeaders(List.of(
                HttpHeaders.AUTHORIZATION,
                HttpHeaders.CONTENT_TYPE,
                HttpHeaders.ACCEPT,
                RequestIds.HEADER,
                "Idempotency-Key",
                "traceparent",
                "tracestate"));
        configuration.setExposedHeaders(List.of(
                HttpHeaders.LOCATION,
                HttpHeaders.RETRY_AFTER,
                RequestIds.HEADER,
                "Idempotent-Replayed",
                RateLimiting.REMAINING));
        configuration.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", configuration);
        return source;
    }
}
