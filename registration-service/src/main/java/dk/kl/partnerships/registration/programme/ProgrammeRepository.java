package dk.kl.partnerships.registration.programme;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Where programmes are kept, together with the events of their changes. */
public interface ProgrammeRepository {

    Optional<Programme> find(String id);

    Page<Programme> list(ProgrammeStatus status, Pageable page);

    Programme insert(Programme programme);

    Programme update(Programme programme);
}
