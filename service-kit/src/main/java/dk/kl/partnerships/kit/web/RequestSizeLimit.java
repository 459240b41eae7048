package dk.kl.partnerships.kit.web;

import dk.kl.partnerships.security.ProblemJson;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A service's own limit on request bodies, the same setting as the gateway's
 * ({@code partnerships.security.max-request-size}), so that a service reached directly is no easier
 * to flood: a body above it is refused with 413 before anything else reads it — at once when its
 * declared length is too large; a body sent without a length is read up to the limit first.
 */
public class RequestSizeLimit extends OncePerRequestFilter {

    private final int maxBytes;

    public RequestSizeLimit(long maxBytes) {
        this.maxBytes = (int) Math.min(maxBytes, Integer.MAX_VALUE - 8);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            tooLarge(request, response);
            return;
        }
        if (declared < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                tooLarge(request, response);
                return;
            }
            chain.doFilter(new ReplayableBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        // the rest of the body is not read: the connection is not reused
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.getOutputStream()
                .write(ProblemJson.write(
                        "request-too-large",
                        "Request too large",
                        HttpStatus.CONTENT_TOO_LARGE.value(),
                        "The request body may be at most " + maxBytes + " bytes.",
                        request.getRequestURI()));
    }
}
