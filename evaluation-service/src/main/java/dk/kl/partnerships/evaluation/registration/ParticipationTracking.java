package dk.kl.partnerships.evaluation.registration;

import dk.kl.partnerships.evaluation.framework.FrameworkAuthoring;
import dk.kl.partnerships.kit.domain.ConflictRetry;
import dk.kl.partnerships.kit.error.InvalidFieldException;
import dk.kl.partnerships.kit.error.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * What evaluation knows of programmes, enrolments and networks, recorded from registration's
 * events so that each applies once however often it arrives, and in any order. Each recorded fact
 * about a programme or a participation is announced ({@link ProgrammeRecorded},
 * {@link ParticipationRecorded}) for the features that act on it.
 */
@Service
public class ParticipationTracking {

    /** The framework of a programme published before programmes named theirs. */
    static final String DAYCARE_FRAMEWORK = "dagtilbud";

    private final ProgrammeViewRepository programmes;
    private final ParticipationRepository participations;
    private final NetworkViewRepository networks;
    private final FrameworkAuthoring frameworks;
    private final ApplicationEventPublisher announcements;

    ParticipationTracking(
            ProgrammeViewRepository programmes,
            ParticipationRepository participations,
            NetworkViewRepository networks,
            FrameworkAuthoring frameworks,
            ApplicationEventPublisher announcements) {
        this.programmes = programmes;
        this.participations = participations;
        this.networks = networks;
        this.frameworks = frameworks;
        this.announcements = announcements;
    }

    /** A programme is published, to be evaluated against the framework KL chose when creating it. */
    public void published(
            String programmeId,
            String kind,
            String title,
            String theme,
            LocalDate startsOn,
            LocalDate endsOn,
            String frameworkKey) {
        if (!programmes.existsById(programmeId)) {
            programmes.save(new ProgrammeView(
                    programmeId,
                    kind,
                    title,
                    theme,
                    startsOn,
                    endsOn,
                    frameworkKey == null ? DAYCARE_FRAMEWORK : frameworkKey,
                    null));
        }
        announcements.publishEvent(new ProgrammeRecorded(programmeId));
    }

    public void completed(String programmeId, LocalDate completedOn) {
        programmes
                .findById(programmeId)
                .filter(p -> p.completedOn() == null)
                .ifPresent(p -> programmes.save(p.completed(completedOn)));
        announcements.publishEvent(new ProgrammeRecorded(programmeId));
    }

    /** KL chooses another framework for the self-evaluations still to be requested. */
    public ProgrammeView evaluateAgainst(String programmeId, String frameworkKey) {
        ProgrammeView programme = programme(programmeId);
        if (!frameworks.exists(frameworkKey)) {
            throw new InvalidFieldException("frameworkKey", "is not a quality framework: " + frameworkKey);
        }
        return programmes.save(programme.evaluatedAgainst(frameworkKey));
    }

    public void joined(String enrolmentId, String programmeId, String municipalityCode, LocalDate joinedOn) {
        record(enrolmentId, programmeId, municipalityCode, p -> p.joined(joinedOn));
    }

    public void withdrew(String enrolmentId, String programmeId, String municipalityCode, LocalDate withdrawnOn) {
        record(enrolmentId, programmeId, municipalityCode, p -> p.withdrew(withdrawnOn));
    }

    /** A network was formed; delivered again after it changed, it changes nothing. */
    public void networkFormed(NetworkView network) {
        if (!networks.existsById(network.id())) {
            networks.save(network);
        }
    }

    /** A network's members changed; a revision older than the one known is ignored. */
    public void networkChanged(NetworkView network) {
        boolean newer = networks.findById(network.id())
                .map(known -> known.revision() < network.revision())
                .orElse(true);
        if (newer) {
            networks.save(network);
        }
    }

    public ProgrammeView programme(String programmeId) {
        return programmes.findById(programmeId).orElseThrow(() -> new NotFoundException("Programme", programmeId));
    }

    public Optional<ProgrammeView> findProgramme(String programmeId) {
        return programmes.findById(programmeId);
    }

    /** Programmes whose last day is before {@code day}, at most {@code limit}. */
    public List<ProgrammeView> programmesEndedBefore(LocalDate day, int limit) {
        return programmes.findByEndsOnBeforeOrderById(day, PageRequest.of(0, limit));
    }

    public Optional<Participation> participation(String enrolmentId) {
        return participations.findById(enrolmentId);
    }

    /** Up to {@code limit} of the programme's participations after {@code afterId} (empty: the first). */
    public List<Participation> participations(String programmeId, String afterId, int limit) {
        return participations.findByProgrammeIdAndEnrolmentIdGreaterThanOrderByEnrolmentIdAsc(
                programmeId, afterId == null ? "" : afterId, PageRequest.of(0, limit));
    }

    /** Whether the municipality has joined the programme and not withdrawn from it. */
    public boolean takesPart(String programmeId, String municipalityCode) {
        return participations
                .findByProgrammeIdAndMunicipalityCode(programmeId, municipalityCode, PageRequest.of(0, 10))
                .stream()
                .anyMatch(p -> p.joined() && !p.withdrawn());
    }

    public Optional<NetworkView> networkOf(String programmeId, String municipalityCode) {
        return networks.findFirstByProgrammeIdAndMunicipalityCodes(programmeId, municipalityCode);
    }

    private void record(String enrolmentId, String programmeId, String municipalityCode, Consumer<Participation> fact) {
        ConflictRetry.upsert(
                () -> participations.findById(enrolmentId),
                () -> Participation.of(enrolmentId, programmeId, municipalityCode),
                fact,
                participations::save);
        announcements.publishEvent(new ParticipationRecorded(enrolmentId));
    }
}
