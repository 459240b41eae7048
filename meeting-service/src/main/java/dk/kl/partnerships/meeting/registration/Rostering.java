package dk.kl.partnerships.meeting.registration;

import dk.kl.partnerships.kit.domain.ConflictRetry;
import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.kit.error.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * What the meeting service knows of programmes, networks and participants — kept from
 * registration's events, never fetched at request time — and who may therefore attend what.
 */
@Service
public class Rostering {

    /** More than there are municipalities, so a programme's rosters are read at once. */
    private static final int MAX_ROSTERS = 200;

    private final ProgrammeViewRepository programmes;
    private final NetworkViewRepository networks;
    private final RosterRepository rosters;
    private final ApplicationEventPublisher announcements;

    Rostering(
            ProgrammeViewRepository programmes,
            NetworkViewRepository networks,
            RosterRepository rosters,
            ApplicationEventPublisher announcements) {
        this.programmes = programmes;
        this.networks = networks;
        this.rosters = rosters;
        this.announcements = announcements;
    }

    public void programmePublished(ProgrammeView programme) {
        programmes.save(programme);
    }

    public void programmeCompleted(String programmeId) {
        programmes
                .findById(programmeId)
                .ifPresent(p -> programmes.save(
                        new ProgrammeView(p.id(), p.kind(), p.title(), p.startsOn(), p.endsOn(), true)));
    }

    /** A network as formed, unless a change of it is already known. */
    public void networkFormed(NetworkView network) {
        if (networks.findById(network.id())
                .filter(known -> known.revision() > 0)
                .isEmpty()) {
            networks.save(network);
        }
    }

    /**
     * A network's members after a change of the given revision; {@code changedMunicipality} is the
     * one added, moved or removed. An older revision than the one known changes nothing. When the
     * municipality is no longer in the network its seats there are given up — again on a repeated
     * delivery, which finds none left, so that a crash after storing the view loses nothing.
     */
    public void networkChanged(NetworkView network, String changedMunicipality) {
        Optional<NetworkView> known = networks.findById(network.id());
        if (known.isPresent() && known.get().revision() > network.revision()) {
            return;
        }
        networks.save(network);
        if (!network.municipalityCodes().contains(changedMunicipality)) {
            announcements.publishEvent(new NetworkMemberLeft(network.id(), changedMunicipality));
        }
    }

    public void joined(String enrolmentId, String programmeId, String municipalityCode, String municipalityName) {
        change(enrolmentId, programmeId, municipalityCode, roster -> roster.joined(municipalityName));
    }

    public void withdrew(String enrolmentId, String programmeId, String municipalityCode) {
        Roster roster = change(enrolmentId, programmeId, municipalityCode, Roster::withdrew);
        announcements.publishEvent(new MunicipalityLeft(
                programmeId,
                municipalityCode,
                roster.participants().stream().map(Person::id).toList()));
    }

    /** A participant named in a new seat, or ({@code replaces} not null) in the seat of another. */
    public void participantRegistered(
            String enrolmentId, String programmeId, String municipalityCode, Person person, String replaces) {
        change(enrolmentId, programmeId, municipalityCode, roster -> roster.register(person));
        if (replaces != null) {
            announcements.publishEvent(new ParticipantReplaced(replaces, person));
        }
    }

    /**
     * A participant left the roster. Replaced ({@code replacedBy} not null), their seats wait for
     * the replacement, announced when it is registered; otherwise they are given up.
     */
    public void participantRemoved(
            String enrolmentId, String programmeId, String municipalityCode, String participantId, String replacedBy) {
        change(enrolmentId, programmeId, municipalityCode, roster -> roster.remove(participantId));
        if (replacedBy == null) {
            announcements.publishEvent(new ParticipantLeft(participantId));
        }
    }

    /**
     * A participant's personal data was erased: the roster keeps only the id, and their names on
     * sign-ups are pseudonymised — again on a repeated delivery, which finds nothing left to change.
     */
    public void participantErased(
            String enrolmentId, String programmeId, String municipalityCode, String participantId) {
        change(enrolmentId, programmeId, municipalityCode, roster -> roster.erase(participantId));
        announcements.publishEvent(new ParticipantErased(participantId));
    }

    public ProgrammeView programme(String programmeId) {
        return programmes.findById(programmeId).orElseThrow(() -> new NotFoundException("Programme", programmeId));
    }

    public NetworkView network(String networkId) {
        return networks.findById(networkId).orElseThrow(() -> new NotFoundException("Network", networkId));
    }

    public List<NetworkView> networksOf(String programmeId) {
        return networks.findByProgrammeId(programmeId);
    }

    /** Programmes whose last day is before {@code day}, at most {@code limit}. */
    public List<ProgrammeView> programmesEndedBefore(LocalDate day, int limit) {
        return programmes.findByEndsOnBeforeOrderById(day, PageRequest.of(0, limit));
    }

    /** Every municipality's roster of the programme (one per enrolment; at most 98 municipalities). */
    public List<Roster> rostersOf(String programmeId) {
        return rosters.findByProgrammeId(programmeId, PageRequest.of(0, MAX_ROSTERS));
    }

    /**
     * A participant the municipality has named and may send to a meeting of the programme: in
     * that programme while the municipality takes part in it, or — for meetings open to all — in
     * any programme it takes part in.
     */
    public Optional<Roster> rosterOf(String participantId, String programmeId, boolean openToAll) {
        List<Roster> naming = rosters.findByParticipant(participantId);
        if (naming.stream()
                .anyMatch(roster ->
                        roster.participant(participantId).filter(Person::erased).isPresent())) {
            throw new RuleViolationException(
                    "participant-erased", "The participant's personal data has been erased; they cannot be signed up");
        }
        return naming.stream()
                .filter(Roster::active)
                .filter(roster -> openToAll || roster.programmeId().equals(programmeId))
                .findFirst();
    }

    /**
     * Whether the municipality takes part in the programme (joined, not withdrawn), or — for
     * meetings open to all — in any programme.
     */
    public boolean takesPart(String municipalityCode, String programmeId, boolean openToAll) {
        return rosters.findByMunicipalityCode(municipalityCode).stream()
                .filter(Roster::active)
                .anyMatch(roster -> openToAll || roster.programmeId().equals(programmeId));
    }

    private Roster change(String enrolmentId, String programmeId, String municipalityCode, Consumer<Roster> fact) {
        return ConflictRetry.upsert(
                () -> rosters.findById(enrolmentId),
                () -> Roster.of(enrolmentId, programmeId, municipalityCode),
                fact,
                rosters::save);
    }
}
