package dk.kl.partnerships.kit.web;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.result.UpdateResult;
import dk.kl.partnerships.security.ProblemJson;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Safe retries of writes: a request with an {@code Idempotency-Key} header is carried out once per
 * caller, method, path and key. Repeating it returns the first response (marked
 * {@code Idempotent-Replayed: true}) and changes nothing; the same key with another body is refused
 * (422). While the first is still running a repeat gets 409 with {@code Retry-After}. Keys are kept
 * for a day.
 *
 * <p>A request holds its key by a claim that it renews while it runs. If its process dies mid-request,
 * the claim lapses within {@link #CLAIM} and a repeat executes afresh — the services' commands are
 * idempotent against their own effect (one atomic write per change, natural keys, a repeated
 * transition changes nothing), so that has no second effect. A server error (5xx) is not remembered
 * either: it means the write did not happen, or it is repeated safely in the same way. A client is
 * never left with a permanent 409.
 */
public class IdempotencyKeys extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final String COLLECTION = "idempotency_keys";
    /** How long a claim holds without being renewed: the longest a repeat waits after its first attempt's process died. */
    static final Duration CLAIM = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final int MAX_KEY_LENGTH = 200;
    private static final int CLAIM_ATTEMPTS = 5;
    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String DONE = "DONE";

    private final MongoTemplate mongo;
    private final Clock clock;
    /** The attempts running in this process, whose claims it renews. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    public IdempotencyKeys(MongoTemplate mongo, Clock clock, Duration retention) {
        this.mongo = mongo;
        this.clock = clock;
        mongo.getCollection(COLLECTION)
                .createIndex(
                        Indexes.ascending("createdAt"),
                        new IndexOptions()
                                .name("idempotency_keys_ttl")
                                .expireAfter(retention.toSeconds(), TimeUnit.SECONDS));
        ScheduledExecutorService renewal = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "idempotency-claims");
            thread.setDaemon(true);
            return thread;
        });
        long every = CLAIM.toMillis() / 3;
        renewal.scheduleWithFixedDelay(this::renewClaims, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || !WRITES.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            problem(
                    response,
                    400,
                    "invalid-idempotency-key",
                    "Invalid Idempotency-Key",
                    "The Idempotency-Key header must have 1 to " + MAX_KEY_LENGTH + " characters.");
            return;
        }
        // The service's RequestSizeLimit, which runs before every other filter, has bounded the body.
        byte[] body = request.getInputStream().readAllBytes();
        String id = hash(caller() + "\n" + request.getMethod() + "\n" + request.getRequestURI() + "\n" + key);
        String fingerprint = hash(
                request.getMethod() + "\n" + request.getRequestURI() + "\n" + new String(body, StandardCharsets.UTF_8));
        String attempt = UUID.randomUUID().toString();
        Document other = claim(id, fingerprint, attempt);
        if (other != null) {
            answerFromClaim(other, fingerprint, response);
            return;
        }
        running.add(attempt);
        ContentCachingResponseWrapper cachedResponse = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(new ReplayableBodyRequest(request, body), cachedResponse);
            completed = true;
        } finally {
            running.remove(attempt);
            if (completed && cachedResponse.getStatus() < 500) {
                remember(id, fingerprint, attempt, cachedResponse);
            } else {
                release(id, attempt);
            }
            cachedResponse.copyBodyToResponse();
        }
    }

    /**
     * Claims the key for this attempt: a new key, or one whose former attempt stopped renewing its
     * claim (its process died).
     *
     * @return null when claimed, otherwise the key as stored by another attempt
     */
    private Document claim(String id, String fingerprint, String attempt) {
        MongoCollection<Document> keys = mongo.getCollection(COLLECTION);
        Document stored = null;
        for (int i = 0; i < CLAIM_ATTEMPTS; i++) {
            Instant now = clock.instant();
            try {
                keys.insertOne(new Document("_id", id)
                        .append("fingerprint", fingerprint)
                        .append("state", IN_PROGRESS)
                        .append("attempt", attempt)
                        .append("claimedUntil", Date.from(now.plus(CLAIM)))
                        .append("createdAt", Date.from(now)));
                return null;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            stored = keys.find(new Document("_id", id)).first();
            if (stored == null) {
                continue; // released meanwhile: claim it afresh
            }
            if (!fingerprint.equals(stored.getString("fingerprint")) || !isLapsed(stored, now)) {
                return stored;
            }
            UpdateResult takenOver = keys.updateOne(
                    new Document("_id", id).append("state", IN_PROGRESS).append("attempt", stored.getString("attempt")),
                    new Document(
                            "$set",
                            new Document("attempt", attempt).append("claimedUntil", Date.from(now.plus(CLAIM)))));
            if (takenOver.getModifiedCount() == 1) {
                log.info("Idempotency key {} was held by an attempt that stopped; executing it again", id);
                return null;
            }
        }
        // Others kept claiming and releasing it meanwhile: answer as for a request in progress.
        return stored != null ? stored : new Document("fingerprint", fingerprint).append("state", IN_PROGRESS);
    }

    private static boolean isLapsed(Document stored, Instant now) {
        Date until = stored.getDate("claimedUntil");
        return IN_PROGRESS.equals(stored.getString("state"))
                && (until == null || !until.toInstant().isAfter(now));
    }

    /** Stores the outcome for repeats, if this attempt still holds the key; otherwise its claim simply lapses. */
    private void remember(String id, String fingerprint, String attempt, ContentCachingResponseWrapper response) {
        try {
            mongo.getCollection(COLLECTION)
                    .replaceOne(
                            new Document("_id", id).append("attempt", attempt),
                            new Document("_id", id)
                                    .append("fingerprint", fingerprint)
                                    .append("state", DONE)
                                    .append("createdAt", Date.from(clock.instant()))
                                    .append("status", response.getStatus())
                                    .append("contentType", response.getContentType())
                                    .append("location", response.getHeader(HttpHeaders.LOCATION))
                                    .append("body", new Binary(response.getContentAsByteArray())),
                            new ReplaceOptions());
        } catch (RuntimeException e) {
            // The caller still gets its answer; a repeat finds the claim lapsed and executes again, harmlessly.
            log.warn("Could not remember the outcome of idempotency key {}: {}", id, e.toString());
        }
    }

    private void release(String id, String attempt) {
        try {
            mongo.getCollection(COLLECTION).deleteOne(new Document("_id", id).append("attempt", attempt));
        } catch (RuntimeException e) {
            log.warn("Could not release idempotency key {}; its claim lapses by itself: {}", id, e.toString());
        }
    }

    /** Keeps the claims of the requests still running here from lapsing. */
    private void renewClaims() {
        if (running.isEmpty()) {
            return;
        }
        try {
            mongo.getCollection(COLLECTION)
                    .updateMany(
                            new Document("state", IN_PROGRESS)
                                    .append("attempt", new Document("$in", List.copyOf(running))),
                            new Document(
                                    "$set",
                                    new Document(
                                            "claimedUntil",
                                            Date.from(clock.instant().plus(CLAIM)))));
        } catch (RuntimeException e) {
            log.debug("Could not renew idempotency claims", e);
        }
    }

    private void answerFromClaim(Document stored, String fingerprint, HttpServletResponse response) throws IOException {
        if (!fingerprint.equals(stored.getString("fingerprint"))) {
            problem(
                    response,
                    422,
                    "idempotency-key-reused",
                    "Idempotency-Key reused",
                    "This Idempotency-Key was used for a different request.");
        } else if (!DONE.equals(stored.getString("state"))) {
            Date until = stored.getDate("claimedUntil");
            long seconds = until == null
                    ? 1
                    : Math.max(
                            1,
                            Duration.between(clock.instant(), until.toInstant()).toSeconds() + 1);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            problem(
                    response,
                    409,
                    "idempotent-request-in-progress",
                    "Request in progress",
                    "A request with this Idempotency-Key is being processed; retry shortly.");
        } else {
            response.setStatus(stored.getInteger("status"));
            if (stored.getString("contentType") != null) {
                response.setContentType(stored.getString("contentType"));
            }
            if (stored.getString("location") != null) {
                response.setHeader(HttpHeaders.LOCATION, stored.getString("location"));
            }
            response.setHeader(REPLAYED, "true");
            response.getOutputStream().write(stored.get("body", Binary.class).getData());
        }
    }

    private static void problem(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(ProblemJson.write(type, title, status, detail, null));
    }

    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }

    private static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
