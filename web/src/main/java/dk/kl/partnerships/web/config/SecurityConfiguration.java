package dk.kl.partnerships.web.config;

import dk.kl.partnerships.security.TokenPolicy;
import dk.kl.partnerships.web.api.ApiClient;
import dk.kl.partnerships.web.signin.PlatformUserService;
import dk.kl.partnerships.web.support.PendingForms;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Sign-in as a backend-for-frontend: the authorization code flow with PKCE against the identity
 * provider as a confidential client; the tokens stay in this server's session and the browser holds
 * only the session cookie (HttpOnly, SameSite; Secure when served over HTTPS). Every form carries a
 * CSRF token. Signing out ends the session at the identity provider too (RP-initiated logout).
 * KL staff's pages (under {@code /kl}) need the role KL_ADMIN, the coordinators' pages the role
 * MUNICIPALITY; anyone else is refused ("Ingen adgang", 403).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String SIGN_IN = "/oauth2/authorization/" + ApiClient.REGISTRATION_ID;
    static final String SIGNED_OUT = "/logget-ud";
    static final String REFUSED = "/ingen-adgang";

    @Bean
    SecurityFilterChain pages(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            JwtDecoder accessTokens,
            MeterRegistry meters,
            PendingForms pendingForms)
            throws Exception {
        DefaultOAuth2AuthorizationRequestResolver authorizationRequests =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler endSession = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        endSession.setPostLogoutRedirectUri("{baseUrl}" + SIGNED_OUT);
        AccessDeniedHandlerImpl refused = new AccessDeniedHandlerImpl();
        refused.setErrorPage(REFUSED);

        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/vendor/**",
                                "/assets/**",
                                "/favicon.ico",
                                SIGNED_OUT,
                                "/error",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers(REFUSED)
                        .authenticated()
                        // the start page shows each person theirs (OverviewController); a platform role is needed
                        // (a coordinator's only with an official municipality: TokenPolicy.authorities)
                        .requestMatchers("/")
                        .hasAnyRole("KL_ADMIN", "MUNICIPALITY")
                        .requestMatchers("/kl", "/kl/**")
                        .hasRole("KL_ADMIN")
                        .anyRequest()
                        .hasRole("MUNICIPALITY"))
                .oauth2Login(login -> login.loginPage(SIGN_IN)
                        .failureUrl(SIGNED_OUT + "?fejl")
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                        .userInfoEndpoint(
                                userInfo -> userInfo.oidcUserService(new PlatformUserService(accessTokens, meters))))
                .logout(logout -> logout.logoutUrl("/log-ud").logoutSuccessHandler(endSession))
                .exceptionHandling(handling -> handling.defaultAuthenticationEntryPointFor(
                                // htmx follows no redirect to the identity provider: it is told to load the page anew
                                // (also the answer to what is not a page: 401, without a redirect)
                                (request, response, e) -> {
                                    if (isHtmx(request)) {
                                        response.setHeader("HX-Redirect", PendingForms.currentPage(request));
                                    }
                                    new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED).commence(request, response, e);
                                },
                                SecurityConfiguration::isHtmx)
                        .accessDeniedHandler((request, response, e) -> {
                            if (e instanceof CsrfException && pendingForms.sessionExpired(request)) {
                                pendingForms.keepAndSignInAgain(request, response);
                            } else {
                                refused.handle(request, response, e);
                            }
                        }))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self' "
                                + registrations
                                        .findByRegistrationId(ApiClient.REGISTRATION_ID)
                                        .getProviderDetails()
                                        .getAuthorizationUri()
                                        .replaceFirst("^(https?://[^/]+).*$", "$1"))));
        return http.build();
    }

    static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    @Bean
    ClientRegistrationRepository clientRegistrations(WebSettings settings) {
        WebSettings.Identity identity = settings.identity();
        String backChannel = identity.backChannelUrl();
        ClientRegistration registration = ClientRegistration.withRegistrationId(ApiClient.REGISTRATION_ID)
                .clientId(identity.clientId())
                .clientSecret(identity.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "partnerships")
                .issuerUri(identity.issuer())
                .authorizationUri(identity.issuer() + "/oauth2/authorize")
                .tokenUri(backChannel + "/oauth2/token")
                .jwkSetUri(backChannel + "/oauth2/jwks")
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", identity.issuer() + "/connect/logout"))
                .clientName("KL")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    /** The tokens live in the person's session and end with it. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClients(
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    /** The platform's access tokens, checked as the gateway and the services check them. */
    @Bean
    JwtDecoder accessTokens(WebSettings settings) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(
                        settings.identity().backChannelUrl() + "/oauth2/jwks")
                .jwsAlgorithm(TokenPolicy.ALGORITHM)
                .build();
        decoder.setJwtValidator(TokenPolicy.validator(settings.identity().issuer(), TokenPolicy.DEFAULT_AUDIENCE));
        return decoder;
    }
}
