package dk.kl.partnerships.registration.programme;

import dk.kl.partnerships.kit.error.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** KL's use cases for programmes: prepare, publish, complete; and reading them. */
@Service
public class ProgrammePlanning {

    private final ProgrammeRepository repository;
    private final Clock clock;

    ProgrammePlanning(ProgrammeRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Programme create(ProgrammeTerms terms) {
        return repository.insert(Programme.draft(UUID.randomUUID().toString(), terms));
    }

    public Programme revise(String id, ProgrammeTerms terms) {
        Programme programme = get(id);
        programme.revise(terms);
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

    public Programme get(String id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("Programme", id));
    }

    public Page<Programme> list(ProgrammeStatus status, Pageable page) {
        return repository.list(status, page);
    }
}
