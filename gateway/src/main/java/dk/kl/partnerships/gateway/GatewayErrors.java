package dk.kl.partnerships.gateway;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every error the gateway itself answers, as problem+json without internals: an unknown route is
 * 404; a service that cannot be reached is 503 within the connect timeout; one that does not
 * answer within the response timeout is 504.
 */
@Component
@Order(-2)
class GatewayErrors implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrors.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (causedBy(error, ConnectException.class)
                || causedBy(error, io.netty.channel.ConnectTimeoutException.class)) {
            log.warn("Service for {} unreachable: {}", exchange.getRequest().getPath(), error.toString());
            return Problems.write(
                    exchange,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "service-unavailable",
                    "Service unavailable",
                    "The service behind this request cannot be reached; try again shortly.");
        }
        if (causedBy(error, TimeoutException.class)) {
            return timeout(exchange);
        }
        if (error instanceof ResponseStatusException status) {
            return answer(exchange, status.getStatusCode());
        }
        log.error("Unexpected error for {}", exchange.getRequest().getPath(), error);
        return Problems.write(
                exchange,
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                "Something went wrong on our side.");
    }

    private static Mono<Void> answer(ServerWebExchange exchange, HttpStatusCode code) {
        HttpStatus status = HttpStatus.resolve(code.value());
        if (status == HttpStatus.NOT_FOUND) {
            return Problems.write(exchange, status, "not-found", "Not found", "There is nothing at this address.");
        }
        if (status == HttpStatus.GATEWAY_TIMEOUT) {
            return timeout(exchange);
        }
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            return Problems.write(
                    exchange,
                    status,
                    "service-unavailable",
                    "Service unavailable",
                    "The service behind this request is not available; try again shortly.");
        }
        if (status == HttpStatus.CONTENT_TOO_LARGE) {
            return Problems.write(
                    exchange,
                    status,
                    "request-too-large",
                    "Request too large",
                    "The request body is larger than accepted.");
        }
        HttpStatus known = status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
        return Problems.write(
                exchange, known, "http-" + known.value(), known.getReasonPhrase(), known.getReasonPhrase() + ".");
    }

    private static Mono<Void> timeout(ServerWebExchange exchange) {
        return Problems.write(
                exchange,
                HttpStatus.GATEWAY_TIMEOUT,
                "service-timeout",
                "Service did not answer",
                "The service behind this request did not answer in time; try again shortly.");
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
