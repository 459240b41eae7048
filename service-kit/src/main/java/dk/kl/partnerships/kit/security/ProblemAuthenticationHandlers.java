package dk.kl.partnerships.kit.security;

import dk.kl.partnerships.security.ProblemJson;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as problem+json, like every other error; the reason stays in the log, not in the answer. */
final class ProblemAuthenticationHandlers {

    private ProblemAuthenticationHandlers() {}

    static AuthenticationEntryPoint unauthenticated() {
        return (request, response, exception) -> write(
                response,
                HttpStatus.UNAUTHORIZED,
                "unauthenticated",
                "Authentication required",
                "A valid bearer token is required.",
                request.getRequestURI());
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(
                response,
                HttpStatus.FORBIDDEN,
                "forbidden",
                "Not allowed",
                "Your role does not allow this request.",
                request.getRequestURI());
    }

    private static void write(
            HttpServletResponse response, HttpStatus status, String type, String title, String detail, String instance)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getOutputStream().write(ProblemJson.write(type, title, status.value(), detail, instance));
    }
}
