package dk.kl.partnerships.kit.messaging;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;
import dk.kl.partnerships.kit.logging.Redaction;
import java.util.List;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessagingException;

/**
 * Tells a failure that will pass from one that never will. Transient: the store is unreachable or
 * slow (timeouts, lost connections, no primary), or another writer came first (a write conflict) —
 * retried with back-off for as long as it takes, never dead-lettered. Permanent: a record that can
 * never be processed ({@link MalformedEventException}) — dead-lettered at once. Awaiting: the record
 * names something another topic's event has not brought yet ({@link NotYetKnownException}) — retried
 * like a transient failure, but only for a bounded time. Anything else is a
 * fault in the handler: retried a few times, then dead-lettered, so one record cannot stop its
 * partition; once the fault is mended it is re-driven ({@link DeadLetterRedrive}).
 */
public final class Failures {

    private static final List<Class<? extends Throwable>> TRANSIENT = List.of(
            TransientDataAccessException.class,
            RecoverableDataAccessException.class,
            DataAccessResourceFailureException.class,
            MongoSocketException.class,
            MongoTimeoutException.class,
            MongoExecutionTimeoutException.class,
            MongoNotPrimaryException.class,
            MongoNodeIsRecoveringException.class,
            MongoConnectionPoolClearedException.class,
            MongoWriteConcernException.class,
            java.util.concurrent.TimeoutException.class,
            java.net.SocketTimeoutException.class,
            java.net.ConnectException.class);

    private Failures() {}

    /** Whether the failure, or anything it was caused by, is one that passes by itself. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            Throwable current = cause;
            if (TRANSIENT.stream().anyMatch(type -> type.isInstance(current))) {
                return true;
            }
            if (cause instanceof MongoException mongo
                    && (mongo.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)
                            || mongo.hasErrorLabel("RetryableWriteError"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the failure, or anything it was caused by, is a wait for another topic's event. */
    public static boolean awaitsAnotherEvent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof NotYetKnownException) {
                return true;
            }
        }
        return false;
    }

    /**
     * What went wrong, in words for the dead-letter record and the log: the message of the first
     * failure below the messaging wrappers, with its type.
     */
    public static String reason(Throwable failure) {
        Throwable cause = unwrapped(failure);
        return cause.getMessage() == null ? cause.getClass().getName() : Redaction.addresses(cause.getMessage());
    }

    /** The failure {@link #reason} describes. */
    public static Throwable unwrapped(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ListenerExecutionFailedException || cause instanceof MessagingException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
