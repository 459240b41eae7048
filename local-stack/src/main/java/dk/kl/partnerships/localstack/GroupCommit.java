package dk.kl.partnerships.localstack;

import org.h2.mvstore.MVStore;

/**
 * Makes the store durable before it answers: no reply leaves the store until every change it
 * depends on — its own write, or the writes a read has seen — is committed to the file and the file
 * synced to the disk. The H2 MVStore on its own keeps changes in memory for up to a second
 * (auto-commit), so a killed store would take back writes it had acknowledged.
 *
 * <p>Group commit: replies waiting at the same time share one commit and one sync, so many
 * concurrent writers cost little more than one. A commit runs between two commands, never in the
 * middle of one, so the file never holds half a command. If the file cannot be written, the store
 * refuses every command from then on rather than answer from memory what the file does not hold.
 */
final class GroupCommit {

    /** For stores without a file (in memory): nothing to wait for. */
    static final GroupCommit NONE = new GroupCommit(null);

    private static final int COMPACT_EVERY_COMMITS = 100;
    private static final int COMPACT_BELOW_FILL_RATE = 80;
    private static final int COMPACT_BYTES = 1 << 20;

    private final MVStore file;
    private final Object committing = new Object();

    /** Changes applied in memory so far; guarded by the store's command lock. */
    private long applied;

    /** Commits so far; guarded by the store's command lock. */
    private long commits;

    private volatile long durable;
    private volatile RuntimeException failure;

    GroupCommit(MVStore file) {
        this.file = file;
        if (file != null) {
            // Every commit is synced before anyone learns of it, so space the last synced version no
            // longer uses can be written again at once (MVStore's default keeps it for 45 s).
            file.setRetentionTime(0);
        }
    }

    /** Opens the store's file for commits made here only: no background auto-commit. */
    static MVStore open(java.nio.file.Path path) {
        return new MVStore.Builder()
                .fileName(path.toAbsolutePath().toString())
                .autoCommitDisabled()
                .open();
    }

    /**
     * Called under the store's command lock after each command.
     *
     * @return the number of changes the command's reply depends on
     */
    long afterCommand() {
        if (file != null && file.hasUnsavedChanges()) {
            applied++;
        }
        return applied;
    }

    /** Before a command: fails at once if the file could not be written earlier. */
    void checkWritable() {
        if (failure != null) {
            throw new IllegalStateException("The store could not write its file and accepts no more commands", failure);
        }
    }

    /**
     * Every commit writes a new chunk to the file; MVStore's background thread, which would rewrite
     * sparse chunks, is off. So every so often, between commands, the live pages of the sparsest
     * chunks are rewritten (a bounded amount), which lets their space be reused.
     */
    private void housekeeping() {
        if (++commits % COMPACT_EVERY_COMMITS == 0 && file.compact(COMPACT_BELOW_FILL_RATE, COMPACT_BYTES)) {
            file.commit();
        }
    }

    /**
     * Returns once the first {@code changes} changes are in the file; commits them (and whatever else
     * is waiting) unless another reply's commit already has.
     */
    void awaitDurable(long changes, Object commandLock) {
        if (file == null || durable >= changes) {
            return;
        }
        synchronized (committing) {
            if (durable >= changes) {
                return;
            }
            checkWritable();
            try {
                long target;
                synchronized (commandLock) {
                    target = applied;
                    if (file.hasUnsavedChanges()) {
                        file.commit();
                        housekeeping();
                    }
                }
                file.sync();
                durable = target;
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
    }
}
