package dk.kl.partnerships.evaluation.feedback;

import dk.kl.partnerships.evaluation.EvaluationSettings;
import dk.kl.partnerships.kit.domain.ConflictRetry;
import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.kit.security.Caller;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/** Attendees rate a held meeting; KL sees the aggregates per meeting and per network. */
@Service
public class FeedbackGathering {

    private static final String FEEDBACK = "Meeting feedback";
    /** A network holds five theme days and a few visits; its feedback reads at most this many meetings. */
    private static final int NETWORK_MEETINGS = 100;

    private final FeedbackRoundRepository rounds;
    private final EvaluationSettings settings;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();

    FeedbackGathering(FeedbackRoundRepository rounds, EvaluationSettings settings, Clock clock) {
        this.rounds = rounds;
        this.settings = settings;
        this.clock = clock;
    }

    /** A meeting was held: its attendees may now rate it, for the configured number of days. */
    public void meetingHeld(
            String meetingId,
            String programmeId,
            String networkId,
            String title,
            LocalDate heldOn,
            List<FeedbackRound.Attendee> attendees) {
        if (rounds.existsById(meetingId)) {
            return;
        }
        try {
            rounds.insert(FeedbackRound.open(
                    meetingId,
                    programmeId,
                    networkId,
                    title,
                    heldOn,
                    heldOn.plusDays(settings.feedbackDays()),
                    attendees));
        } catch (DuplicateKeyException openedConcurrently) {
            // the same MeetingHeld, handled twice at once: one round is enough
        }
    }

    /** KL corrected a held meeting's attendance: the corrected attendees are the ones who may rate it. */
    public void attendanceCorrected(String meetingId, int revision, List<FeedbackRound.Attendee> attendees) {
        ConflictRetry.run(() -> {
            Optional<FeedbackRound> found = rounds.findById(meetingId);
            if (found.isEmpty() || !found.get().attendanceCorrected(revision, attendees)) {
                return null;
            }
            return rounds.save(found.get());
        });
    }

    /** A coordinator rates for one of their municipality's attendees; KL for any. */
    public void rate(Caller caller, String meetingId, String participantId, int score, String comment) {
        FeedbackRound current = round(meetingId);
        FeedbackRound.Attendee attendee =
                current.attendee(participantId).orElseThrow(() -> new NotFoundException("Attendee", participantId));
        caller.requireActFor(attendee.municipalityCode(), "Attendee", participantId);
        ConflictRetry.run(() -> {
            FeedbackRound round = round(meetingId);
            round.rate(participantId, score, comment, LocalDate.now(clock), random);
            return rounds.save(round);
        });
    }

    public FeedbackSummary summary(String meetingId) {
        return FeedbackSummary.of(round(meetingId), settings.minimumPeers());
    }

    public FeedbackSummary.NetworkFeedback ofNetwork(String networkId) {
        List<FeedbackRound> ofNetwork =
                rounds.findByNetworkIdOrderByHeldOnDesc(networkId, PageRequest.of(0, NETWORK_MEETINGS));
        int anonymityThreshold = settings.minimumPeers();
        List<FeedbackSummary> perMeeting = ofNetwork.stream()
                .map(r -> FeedbackSummary.of(r, anonymityThreshold))
                .toList();
        long sum = ofNetwork.stream()
                .flatMap(r -> r.ratings().stream())
                .mapToLong(FeedbackRound.Rating::score)
                .sum();
        int responses = perMeeting.stream().mapToInt(FeedbackSummary::responses).sum();
        boolean shown = responses >= anonymityThreshold;
        return new FeedbackSummary.NetworkFeedback(
                networkId,
                perMeeting.size(),
                responses,
                shown,
                shown ? FeedbackSummary.average(sum, responses) : null,
                perMeeting);
    }

    private FeedbackRound round(String meetingId) {
        return rounds.findById(meetingId).orElseThrow(() -> new NotFoundException(FEEDBACK, meetingId));
    }
}
