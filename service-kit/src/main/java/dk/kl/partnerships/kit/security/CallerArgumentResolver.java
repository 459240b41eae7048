package dk.kl.partnerships.kit.security;

import dk.kl.partnerships.security.Role;
import dk.kl.partnerships.security.TokenPolicy;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a controller method take the {@link Caller} as a parameter. */
public class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Caller.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        return current();
    }

    /**
     * The caller of a request on a public path, if it carries a token with a platform role; a caller
     * without one is treated as no caller at all (anonymous), never as someone who may see more.
     */
    public static Optional<Caller> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)
                || token.getAuthorities().stream()
                        .noneMatch(authority -> authority.getAuthority().startsWith("ROLE_"))) {
            return Optional.empty();
        }
        return Optional.of(current());
    }

    /**
     * The caller of the current request; one with no platform role (for a coordinator, none without
     * an official municipality: {@link TokenPolicy#authorities}) is refused, whatever the route.
     */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new IllegalStateException("No authenticated caller");
        }
        Jwt jwt = token.getToken();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : token.getAuthorities()) {
            String name = authority.getAuthority();
            if (name.startsWith("ROLE_")) {
                roles.add(Role.valueOf(name.substring("ROLE_".length())));
            }
        }
        if (roles.isEmpty()) {
            throw new AccessDeniedException("The caller has no platform role");
        }
        return new Caller(
                jwt.getSubject(),
                roles,
                roles.contains(Role.MUNICIPALITY)
                        ? TokenPolicy.municipality(jwt)
                                .orElseThrow(
                                        () -> new AccessDeniedException("The coordinator acts for no municipality"))
                        : null);
    }
}
