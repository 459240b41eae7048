package dk.kl.partnerships.registration.enrolment;

import dk.kl.partnerships.kit.domain.ConflictRetry;
import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.kit.security.Caller;
import dk.kl.partnerships.registration.programme.Programme;
import dk.kl.partnerships.registration.programme.ProgrammePlanning;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A participant's personal data (GDPR): erased by KL on the municipality's request, erased by itself
 * once the retention period after the programme's end is over, and exported as it is kept. Both
 * erasures take the same path: the participant is pseudonymised here and {@code ParticipantErased}
 * tells every other service to do the same.
 */
@Service
public class ParticipantErasing {

    /** How many expired programmes are read at a time; the check reads again until none is left. */
    static final int RETENTION_BATCH = 20;

    private static final String PARTICIPANT = "Participant";

    private final EnrolmentRepository repository;
    private final ProgrammePlanning programmes;
    private final Period retention;
    private final Clock clock;

    ParticipantErasing(
            EnrolmentRepository repository,
            ProgrammePlanning programmes,
            @Value("${partnerships.registration.personal-data-retention:P3Y}") Period retention,
            Clock clock) {
        this.repository = repository;
        this.programmes = programmes;
        this.retention = retention;
        this.clock = clock;
    }

    /** KL erases a participant on their municipality's request, giving its reason. Safe to repeat. */
    public NamedParticipant eraseOnRequest(String participantId, String reason) {
        return ConflictRetry.run(() -> {
            Enrolment enrolment = enrolmentOf(participantId);
            if (enrolment.eraseParticipant(
                    participantId, new ParticipantErasure(now(), ParticipantErasure.Cause.REQUEST, reason))) {
                enrolment = repository.update(enrolment);
            }
            return new NamedParticipant(enrolment, enrolment.participant(participantId));
        });
    }

    /**
     * Erases every participant of the programmes that ended longer ago than the retention period,
     * in bounded batches, and marks each programme done. Safe to repeat and to run on several
     * instances at once: an erased participant is passed by.
     *
     * @return how many participants this call erased
     */
    public int eraseExpired() {
        LocalDate endedBefore = LocalDate.now(clock).minus(retention);
        int erased = 0;
        List<Programme> expired;
        do {
            expired = programmes.endedBeforeWithPersonalData(endedBefore, RETENTION_BATCH);
            for (Programme programme : expired) {
                for (Enrolment enrolment : repository.withParticipantsNotErased(programme.id())) {
                    erased += eraseAll(enrolment.id());
                }
                programmes.personalDataErased(programme.id());
            }
        } while (expired.size() == RETENTION_BATCH);
        return erased;
    }

    private int eraseAll(String enrolmentId) {
        return ConflictRetry.run(() -> {
            Enrolment enrolment = repository.find(enrolmentId).orElseThrow();
            ParticipantErasure how = new ParticipantErasure(now(), ParticipantErasure.Cause.RETENTION, null);
            int count = 0;
            for (Participant participant : enrolment.participantsNotErased()) {
                count += enrolment.eraseParticipant(participant.id(), how) ? 1 : 0;
            }
            if (count > 0) {
                repository.update(enrolment);
            }
            return count;
        });
    }

    /**
     * Everything registration keeps about a participant, for KL or the participant's own
     * municipality; another municipality's participant is not found.
     */
    public NamedParticipant export(Caller caller, String participantId) {
        Enrolment enrolment = enrolmentOf(participantId);
        caller.requireActFor(enrolment.municipalityCode(), PARTICIPANT, participantId);
        return new NamedParticipant(enrolment, enrolment.participant(participantId));
    }

    /** The programme the participant was named for, for the export. */
    public Programme programmeOf(NamedParticipant found) {
        return programmes.get(found.enrolment().programmeId());
    }

    /** To the millisecond, as the store keeps it, so that an erasure reads back as it was answered. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private Enrolment enrolmentOf(String participantId) {
        return repository
                .findByParticipant(participantId)
                .orElseThrow(() -> new NotFoundException(PARTICIPANT, participantId));
    }

    /** A participant together with the enrolment that names them. */
    public record NamedParticipant(Enrolment enrolment, Participant participant) {}
}
