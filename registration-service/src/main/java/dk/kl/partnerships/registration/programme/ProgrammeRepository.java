package dk.kl.partnerships.registration.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Where programmes are kept, together with the events of their changes. */
public interface ProgrammeRepository {

    Optional<Programme> find(String id);

    /** The programmes in any of the statuses; none for an empty set. */
    Page<Programme> list(Set<ProgrammeStatus> statuses, Pageable page);

    /** Up to {@code limit} published programmes whose end date is the day or before it, earliest first. */
    List<Programme> publishedEndingBy(LocalDate day, int limit);

    /**
     * Up to {@code limit} completed programmes that ended before the day and still keep their
     * participants' personal data, earliest end first.
     */
    List<Programme> completedEndedBeforeWithPersonalData(LocalDate day, int limit);

    Programme insert(Programme programme);

    Programme update(Programme programme);
}
