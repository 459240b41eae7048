package dk.kl.partnerships.registration.programme;

import dk.kl.partnerships.kit.domain.ConflictRetry;
import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.kit.security.Caller;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * KL's use cases for programmes: prepare, publish, complete; and reading them. A programme KL has
 * not completed earlier completes by itself on its end date.
 */
@Service
public class ProgrammePlanning {

    /** How many ended programmes are completed per read; the check reads again until none is left. */
    static final int COMPLETION_BATCH = 50;

    private final ProgrammeRepository repository;
    private final QualityFrameworks frameworks;
    private final Clock clock;

    ProgrammePlanning(ProgrammeRepository repository, QualityFrameworks frameworks, Clock clock) {
        this.repository = repository;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    /**
     * A draft on these terms, evaluated against the framework KL chose, or its theme's default when
     * it chose none ({@code frameworkKey} null).
     */
    public Programme create(ProgrammeTerms terms, String frameworkKey) {
        return repository.insert(
                Programme.draft(UUID.randomUUID().toString(), terms, frameworks.choose(frameworkKey, terms.theme())));
    }

    public Programme revise(String id, ProgrammeTerms terms, String frameworkKey) {
        Programme programme = get(id);
        programme.revise(terms, frameworks.choose(frameworkKey, terms.theme()));
        return repository.update(programme);
    }

    public Programme publish(String id) {
        Programme programme = get(id);
        programme.publish(clock.instant());
        return repository.update(programme);
    }

    public Programme complete(String id) {
        Programme programme = get(id);
        programme.complete(LocalDate.now(clock));
        return repository.update(programme);
    }

    /**
     * Completes every published programme whose end date has come, dated by that end date. Another
     * instance completing the same programme at the same moment wins; this one leaves it.
     *
     * @return how many programmes this call completed
     */
    public int completeEnded() {
        LocalDate today = LocalDate.now(clock);
        int completed = 0;
        List<Programme> ended;
        do {
            ended = repository.publishedEndingBy(today, COMPLETION_BATCH);
            int before = completed;
            for (Programme programme : ended) {
                programme.completeAtItsEnd();
                try {
                    repository.update(programme);
                    completed++;
                } catch (OptimisticLockingFailureException completedMeanwhile) {
                    // changed by KL or another instance since it was read: it is no longer ours to complete
                }
            }
            if (completed == before) {
                break;
            }
        } while (ended.size() == COMPLETION_BATCH);
        return completed;
    }

    /**
     * Up to {@code limit} completed programmes that ended before the day and whose participants'
     * personal data has not been erased yet, earliest end first.
     */
    public List<Programme> endedBeforeWithPersonalData(LocalDate day, int limit) {
        return repository.completedEndedBeforeWithPersonalData(day, limit);
    }

    /** Marks a completed programme's personal data as erased, so the retention check passes it by. */
    public void personalDataErased(String id) {
        ConflictRetry.run(() -> {
            Programme programme = get(id);
            programme.personalDataErased(LocalDate.now(clock));
            return repository.update(programme);
        });
    }

    public Programme get(String id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("Programme", id));
    }

    /** A programme as the caller may read it: a draft exists only for KL staff. */
    public Programme get(Caller caller, String id) {
        Programme programme = get(id);
        if (!visibleTo(caller).contains(programme.status())) {
            throw new NotFoundException("Programme", id);
        }
        return programme;
    }

    /** Every programme of the status, or of any status with a null one. */
    public Page<Programme> list(ProgrammeStatus status, Pageable page) {
        return repository.list(status == null ? EnumSet.allOf(ProgrammeStatus.class) : EnumSet.of(status), page);
    }

    /** The programmes the caller may read, of the status or of any. */
    public Page<Programme> list(Caller caller, ProgrammeStatus status, Pageable page) {
        Set<ProgrammeStatus> visible = visibleTo(caller);
        if (status != null) {
            visible.retainAll(Set.of(status));
        }
        return repository.list(visible, page);
    }

    /** Only KL staff see drafts: a programme is someone else's business once it is published. */
    private static Set<ProgrammeStatus> visibleTo(Caller caller) {
        return caller.isKlAdmin()
                ? EnumSet.allOf(ProgrammeStatus.class)
                : EnumSet.complementOf(EnumSet.of(ProgrammeStatus.DRAFT));
    }
}
