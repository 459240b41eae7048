package dk.kl.partnerships.evaluation.feedback;

import dk.kl.partnerships.kit.error.ConflictException;
import dk.kl.partnerships.kit.error.InvalidFieldException;
import dk.kl.partnerships.kit.error.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The ratings of a held meeting by its attendees. Who has rated is kept apart from what was said:
 * the ratings hold no names and are stored in random order, so a comment cannot be traced to its
 * author, while each attendee still rates once.
 */
@Document("feedback_rounds")
@CompoundIndex(name = "by_network_and_day", def = "{'networkId': 1, 'heldOn': -1}")
public class FeedbackRound {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;

    @Id
    private final String meetingId;

    private final String programmeId;
    private final String networkId;
    private final String title;
    private final LocalDate heldOn;
    private final LocalDate closesOn;
    private List<Attendee> attendees;
    private int attendanceRevision;
    private final List<String> respondents;
    private final List<Rating> ratings;

    @Version
    private Long version;

    /** Who attended, and for which municipality. */
    public record Attendee(String participantId, String municipalityCode) {}

    /** One rating, without its author. */
    public record Rating(int score, String comment) {}

    @PersistenceCreator
    FeedbackRound(
            String meetingId,
            String programmeId,
            String networkId,
            String title,
            LocalDate heldOn,
            LocalDate closesOn,
            List<Attendee> attendees,
            int attendanceRevision,
            List<String> respondents,
            List<Rating> ratings,
            Long version) {
        this.meetingId = meetingId;
        this.programmeId = programmeId;
        this.networkId = networkId;
        this.title = title;
        this.heldOn = heldOn;
        this.closesOn = closesOn;
        this.attendees = attendees == null ? List.of() : List.copyOf(attendees);
        this.attendanceRevision = attendanceRevision;
        this.respondents = respondents == null ? new ArrayList<>() : new ArrayList<>(respondents);
        this.ratings = ratings == null ? new ArrayList<>() : new ArrayList<>(ratings);
        this.version = version;
    }

    static FeedbackRound open(
            String meetingId,
            String programmeId,
            String networkId,
            String title,
            LocalDate heldOn,
            LocalDate closesOn,
            List<Attendee> attendees) {
        return new FeedbackRound(
                meetingId, programmeId, networkId, title, heldOn, closesOn, attendees, 0, List.of(), List.of(), null);
    }

    public Optional<Attendee> attendee(String participantId) {
        return attendees.stream()
                .filter(a -> a.participantId().equals(participantId))
                .findFirst();
    }

    /**
     * KL corrected who attended: from then on those attendees may rate. Ratings already given stay,
     * since they cannot be told apart. A revision no newer than the last applied changes nothing.
     *
     * @return whether the attendees changed
     */
    boolean attendanceCorrected(int revision, List<Attendee> corrected) {
        if (revision <= attendanceRevision) {
            return false;
        }
        attendanceRevision = revision;
        attendees = List.copyOf(corrected);
        return true;
    }

    void rate(String participantId, int score, String comment, LocalDate today, RandomGenerator random) {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new InvalidFieldException("score", "must be from " + MIN_SCORE + " to " + MAX_SCORE);
        }
        if (today.isAfter(closesOn)) {
            throw new RuleViolationException("feedback-closed", "Feedback on this meeting closed on " + closesOn);
        }
        if (respondents.contains(participantId)) {
            throw new ConflictException("This attendee has already rated the meeting", "RATED");
        }
        respondents.add(participantId);
        respondents.sort(String::compareTo);
        ratings.add(
                random.nextInt(ratings.size() + 1),
                new Rating(score, comment == null || comment.isBlank() ? null : comment.trim()));
    }

    public String meetingId() {
        return meetingId;
    }

    public String programmeId() {
        return programmeId;
    }

    public String networkId() {
        return networkId;
    }

    public String title() {
        return title;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public List<Attendee> attendees() {
        return attendees;
    }

    public List<Rating> ratings() {
        return List.copyOf(ratings);
    }
}
