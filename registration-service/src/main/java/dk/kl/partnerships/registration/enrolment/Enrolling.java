package dk.kl.partnerships.registration.enrolment;

import dk.kl.partnerships.kit.domain.ConflictRetry;
import dk.kl.partnerships.kit.error.ConflictException;
import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.kit.security.Caller;
import dk.kl.partnerships.registration.municipality.Municipality;
import dk.kl.partnerships.registration.municipality.MunicipalityKeeping;
import dk.kl.partnerships.registration.programme.Programme;
import dk.kl.partnerships.registration.programme.ProgrammePlanning;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The enrolment use cases. A municipal coordinator acts only for their own municipality; KL staff
 * act for any and may accept declarations and approvals after their deadlines.
 */
@Service
public class Enrolling {

    private static final String ENROLMENT = "Enrolment";

    private final EnrolmentRepository repository;
    private final ProgrammePlanning programmes;
    private final MunicipalityKeeping municipalities;
    private final Clock clock;

    Enrolling(
            EnrolmentRepository repository,
            ProgrammePlanning programmes,
            MunicipalityKeeping municipalities,
            Clock clock) {
        this.repository = repository;
        this.programmes = programmes;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /**
     * The same use cases reading the time from another clock: a history brought in afterwards is
     * recorded on the days it happened, by the same rules.
     */
    public Enrolling withClock(Clock other) {
        return new Enrolling(repository, programmes, municipalities, other);
    }

    /** Declares a municipality's answer; KL answering after the interest deadline gives its reason. */
    public Enrolment declareInterest(
            Caller caller,
            String programmeId,
            String municipalityCode,
            boolean interested,
            List<String> focusAreas,
            String klReason) {
        caller.requireActFor(municipalityCode, "Municipality", municipalityCode);
        Programme programme = programmes.get(programmeId);
        Municipality municipality = municipalities.get(municipalityCode);
        Enrolment enrolment = Enrolment.declare(
                UUID.randomUUID().toString(),
                programme,
                municipality,
                interested,
                focusAreas,
                caller.isKlAdmin(),
                klReason,
                clock.instant(),
                today());
        try {
            return repository.insert(enrolment);
        } catch (DuplicateKeyException e) {
            // The same answer again (a client retrying after a lost answer) is the answer already given.
            return repository.list(programmeId, municipalityCode, null, PageRequest.of(0, 1)).stream()
                    .filter(answered -> answered.isAnswer(interested, focusAreas))
                    .findFirst()
                    .orElseThrow(() -> new ConflictException(
                            "Municipality " + municipalityCode + " has already answered programme " + programmeId,
                            "ANSWERED"));
        }
    }

    public Enrolment changeAnswer(
            Caller caller, String enrolmentId, boolean interested, List<String> focusAreas, String klReason) {
        return change(
                caller,
                enrolmentId,
                enrolment -> enrolment.changeAnswer(
                        programmes.get(enrolment.programmeId()),
                        interested,
                        focusAreas,
                        caller.isKlAdmin(),
                        klReason,
                        clock.instant(),
                        today()));
    }

    public Enrolment align(Caller caller, String enrolmentId, Alignment alignment) {
        return change(caller, enrolmentId, enrolment -> enrolment.align(alignment));
    }

    /** Records the council's approval; KL accepting a decision after the approval deadline gives its reason. */
    public Enrolment approve(Caller caller, String enrolmentId, CouncilDecision decision, String klReason) {
        return change(caller, enrolmentId, enrolment -> {
            Programme programme = programmes.get(enrolment.programmeId());
            Municipality municipality = municipalities.get(enrolment.municipalityCode());
            enrolment.approve(
                    decision,
                    programme,
                    municipality.billingProfile().orElse(null),
                    caller.isKlAdmin(),
                    klReason,
                    clock.instant(),
                    today());
        });
    }

    public Enrolment withdraw(Caller caller, String enrolmentId, String reason) {
        return change(caller, enrolmentId, enrolment -> enrolment.withdraw(reason, today()));
    }

    public Participant registerParticipant(Caller caller, String enrolmentId, NewParticipant person) {
        String participantId = UUID.randomUUID().toString();
        return change(
                        caller,
                        enrolmentId,
                        enrolment -> enrolment.registerParticipant(
                                participantId,
                                person.name(),
                                person.email(),
                                person.role(),
                                programmes.get(enrolment.programmeId()).terms(),
                                clock.instant()))
                .participant(participantId);
    }

    public Participant replaceParticipant(
            Caller caller, String enrolmentId, String participantId, NewParticipant person) {
        String newParticipantId = UUID.randomUUID().toString();
        return change(
                        caller,
                        enrolmentId,
                        enrolment -> enrolment.replaceParticipant(
                                participantId,
                                newParticipantId,
                                person.name(),
                                person.email(),
                                person.role(),
                                programmes.get(enrolment.programmeId()).terms(),
                                clock.instant()))
                .participant(newParticipantId);
    }

    public Enrolment removeParticipant(Caller caller, String enrolmentId, String participantId) {
        return change(caller, enrolmentId, enrolment -> enrolment.removeParticipant(participantId, clock.instant()));
    }

    /** The programme ended: every joined enrolment of it completes. Safe to repeat. */
    public int completeProgramme(String programmeId, LocalDate completedOn) {
        int completed = 0;
        for (Enrolment joined : repository.findByProgrammeAndState(programmeId, EnrolmentState.JOINED)) {
            boolean changed = ConflictRetry.run(() -> {
                Enrolment current = repository.find(joined.id()).orElseThrow();
                if (!current.complete(completedOn)) {
                    return false;
                }
                repository.update(current);
                return true;
            });
            completed += changed ? 1 : 0;
        }
        return completed;
    }

    /** The municipalities that have not answered a programme yet, yes or no. */
    public Page<Municipality> nonRespondents(String programmeId, Pageable page) {
        programmes.get(programmeId);
        return municipalities.listExcept(repository.respondents(programmeId), page);
    }

    public Enrolment get(Caller caller, String enrolmentId) {
        Enrolment enrolment =
                repository.find(enrolmentId).orElseThrow(() -> new NotFoundException(ENROLMENT, enrolmentId));
        caller.requireRead(enrolment.municipalityCode(), ENROLMENT, enrolmentId);
        return enrolment;
    }

    /** A coordinator sees only their own municipality's enrolments, whatever they ask for. */
    public Page<Enrolment> list(
            Caller caller, String programmeId, String municipalityCode, EnrolmentState state, Pageable page) {
        return repository.list(programmeId, caller.visibleMunicipality(municipalityCode), state, page);
    }

    private Enrolment change(Caller caller, String enrolmentId, Consumer<Enrolment> command) {
        return ConflictRetry.run(() -> {
            Enrolment enrolment =
                    repository.find(enrolmentId).orElseThrow(() -> new NotFoundException(ENROLMENT, enrolmentId));
            caller.requireActFor(enrolment.municipalityCode(), ENROLMENT, enrolmentId);
            command.accept(enrolment);
            return repository.update(enrolment);
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The person a municipality names as participant. */
    public record NewParticipant(String name, String email, ParticipantRole role) {}
}
