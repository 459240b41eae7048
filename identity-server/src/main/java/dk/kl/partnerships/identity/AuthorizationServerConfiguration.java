package dk.kl.partnerships.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dk.kl.partnerships.security.Role;
import dk.kl.partnerships.security.TokenPolicy;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Spring Authorization Server with the platform's clients and demo users:
 * <ul>
 *   <li>{@code partnerships-web} — the public web and mobile client: authorization code with PKCE,
 *       for KL staff and coordinators signing in;</li>
 *   <li>{@code partnerships-bff} — the web client's backend, a confidential client: authorization code
 *       with PKCE and refresh tokens, which stay on its server; it ends the session here on sign-out
 *       (OpenID Connect RP-initiated logout);</li>
 *   <li>{@code finance-system} — finance's machine client: client credentials, role FINANCE.</li>
 * </ul>
 * Access tokens are RS256 JWTs for the platform's audience, with {@code roles} and, for a
 * coordinator, {@code municipality}.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    static final String API_SCOPE = "partnerships";
    static final String ROLES_SETTING = "partnerships.roles";
    private static final Logger log = LoggerFactory.getLogger(AuthorizationServerConfiguration.class);

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(handling -> handling.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/error")
                        .permitAll()
                        .requestMatchers(SignInPage.PATH)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage(SignInPage.PATH));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    DemoDirectory demoDirectory(IdentitySettings settings, PasswordEncoder encoder) {
        DemoDirectory directory = new DemoDirectory(settings, encoder);
        log.warn(
                "This is the platform's development identity server: {} demo users share one password. "
                        + "Point the platform at the organisation's identity provider outside development.",
                directory.size());
        return directory;
    }

    @Bean
    RegisteredClientRepository clients(IdentitySettings settings, PasswordEncoder encoder) {
        TokenSettings tokens = TokenSettings.builder()
                .accessTokenTimeToLive(settings.accessTokenLifetime())
                .build();
        RegisteredClient web = RegisteredClient.withId(settings.webClientId())
                .clientId(settings.webClientId())
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(settings.webRedirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(API_SCOPE)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(tokens)
                .build();
        RegisteredClient bff = RegisteredClient.withId(settings.bffClientId())
                .clientId(settings.bffClientId())
                .clientSecret(encoder.encode(settings.bffClientSecret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(settings.bffRedirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(settings.bffPostLogoutRedirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(API_SCOPE)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(settings.accessTokenLifetime())
                        .refreshTokenTimeToLive(settings.refreshTokenLifetime())
                        .reuseRefreshTokens(false)
                        .build())
                .build();
        RegisteredClient finance = RegisteredClient.withId(settings.financeClientId())
                .clientId(settings.financeClientId())
                .clientSecret(encoder.encode(settings.financeClientSecret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(API_SCOPE)
                .clientSettings(ClientSettings.builder()
                        .setting(ROLES_SETTING, List.of(Role.FINANCE.name()))
                        .build())
                .tokenSettings(tokens)
                .build();
        return new InMemoryRegisteredClientRepository(web, bff, finance);
    }

    /** The platform's claims on every access token: audience, roles and a coordinator's municipality. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> platformClaims(IdentitySettings settings, DemoDirectory directory) {
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                return;
            }
            context.getClaims().audience(List.of(settings.audience()));
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                List<String> roles =
                        context.getRegisteredClient().getClientSettings().getSetting(ROLES_SETTING);
                context.getClaims().claim(TokenPolicy.ROLES_CLAIM, roles == null ? List.of() : roles);
                return;
            }
            directory.find(context.getPrincipal().getName()).ifPresent(user -> {
                context.getClaims()
                        .claim(TokenPolicy.ROLES_CLAIM, List.of(user.role().name()));
                if (user.municipality() != null) {
                    context.getClaims().claim(TokenPolicy.MUNICIPALITY_CLAIM, user.municipality());
                }
            });
        };
    }

    @Bean
    JWKSource<SecurityContext> signingKeys(IdentitySettings settings) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKey.load(settings.keyFile())));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentitySettings settings) {
        return AuthorizationServerSettings.builder().issuer(settings.issuer()).build();
    }
}
