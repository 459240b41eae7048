package dk.kl.partnerships.kit.domain;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs a read-decide-write command again when another writer changed the aggregate in between.
 * Each attempt re-reads and re-checks every rule against the newer state, so nothing is overwritten
 * blindly; after the last attempt the conflict reaches the caller (a 409).
 */
public final class ConflictRetry {

    private static final int ATTEMPTS = 25;

    private ConflictRetry() {}

    public static <T> T run(Supplier<T> command) {
        return run(ATTEMPTS, command);
    }

    /** For aggregates many writers change at once (a popular meeting's sign-ups): more attempts. */
    public static <T> T run(int attempts, Supplier<T> command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return command.get();
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= attempts) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /**
     * Applies a fact to a record that the first fact mentioning it creates: found or created, then
     * changed and saved; two first facts at once are one more conflict to retry, not a duplicate.
     */
    public static <T> T upsert(
            Supplier<Optional<T>> find, Supplier<T> create, Consumer<T> change, UnaryOperator<T> save) {
        return run(() -> {
            T record = find.get().orElseGet(create);
            change.accept(record);
            try {
                return save.apply(record);
            } catch (DuplicateKeyException createdConcurrently) {
                throw new OptimisticLockingFailureException("Created concurrently", createdConcurrently);
            }
        });
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * Math.min(attempt, 10)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying", e);
        }
    }
}
