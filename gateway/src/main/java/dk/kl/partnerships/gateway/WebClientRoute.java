package dk.kl.partnerships.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Everything that is not the API goes to the web client: its pages, sign-in callback and assets. The
 * browser's host name is passed on, so the web client builds its links and the sign-in redirect for
 * the address people actually use; unknown API paths and the actuator stay the gateway's 404.
 */
@Configuration(proxyBeanMethods = false)
class WebClientRoute {

    static final String[] NOT_WEB = {
        "/api",
        "/api/**",
        "/api-docs/**",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/webjars/**",
        "/actuator/**"
    };

    @Bean
    RouteLocator webClient(RouteLocatorBuilder routes, @Value("${partnerships.gateway.services.web}") String web) {
        return routes.routes()
                .route(
                        "web",
                        route -> route.order(Ordered.LOWEST_PRECEDENCE)
                                .not(path -> path.path(NOT_WEB))
                                .filters(filters -> filters.preserveHostHeader())
                                .uri(web))
                .build();
    }
}
