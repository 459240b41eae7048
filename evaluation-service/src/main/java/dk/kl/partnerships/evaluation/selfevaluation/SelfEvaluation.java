package dk.kl.partnerships.evaluation.selfevaluation;

import dk.kl.partnerships.evaluation.framework.FrameworkContent;
import dk.kl.partnerships.evaluation.framework.Indicator;
import dk.kl.partnerships.evaluation.framework.KeyFigure;
import dk.kl.partnerships.evaluation.framework.Scoring;
import dk.kl.partnerships.kit.domain.AggregateRoot;
import dk.kl.partnerships.kit.error.ConflictException;
import dk.kl.partnerships.kit.error.InvalidFieldException;
import dk.kl.partnerships.kit.error.InvalidFieldException.FieldProblem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A municipality's self-evaluation of one round against one version of a quality framework. It is
 * saved as a draft as often as wanted; submission checks it is complete and fixes it for good.
 * One per enrolment and round: its id is {@code <enrolmentId>:<round>}.
 */
@Document("self_evaluations")
@CompoundIndexes({
    @CompoundIndex(name = "by_municipality_and_programme", def = "{'municipalityCode': 1, 'programmeId': 1}"),
    @CompoundIndex(name = "by_programme_round_status", def = "{'programmeId': 1, 'round': 1, 'status': 1}"),
    @CompoundIndex(name = "by_status_and_due", def = "{'status': 1, 'dueOn': 1}")
})
public class SelfEvaluation extends AggregateRoot<SelfEvaluationEvent> {

    public enum Status {
        OPEN,
        SUBMITTED,
        CANCELLED
    }

    @Id
    private final String id;

    private final String enrolmentId;
    private final String programmeId;
    private final String municipalityCode;
    private final Round round;
    private final String frameworkKey;
    private final int frameworkVersion;
    private final LocalDate dueOn;
    private Status status;
    private Map<String, Integer> answers;
    private Map<String, BigDecimal> keyFigures;
    private final Instant requestedAt;
    private Instant savedAt;
    private Instant submittedAt;
    private List<Scoring.DimensionScore> dimensionScores;
    private BigDecimal overallScore;

    @Version
    private Long version;

    @PersistenceCreator
    SelfEvaluation(
            String id,
            String enrolmentId,
            String programmeId,
            String municipalityCode,
            Round round,
            String frameworkKey,
            int frameworkVersion,
            LocalDate dueOn,
            Status status,
            Map<String, Integer> answers,
            Map<String, BigDecimal> keyFigures,
            Instant requestedAt,
            Instant savedAt,
            Instant submittedAt,
            List<Scoring.DimensionScore> dimensionScores,
            BigDecimal overallScore,
            Long version) {
        this.id = id;
        this.enrolmentId = enrolmentId;
        this.programmeId = programmeId;
        this.municipalityCode = municipalityCode;
        this.round = round;
        this.frameworkKey = frameworkKey;
        this.frameworkVersion = frameworkVersion;
        this.dueOn = dueOn;
        this.status = status;
        this.answers = answers == null ? Map.of() : new LinkedHashMap<>(answers);
        this.keyFigures = keyFigures == null ? Map.of() : new LinkedHashMap<>(keyFigures);
        this.requestedAt = requestedAt;
        this.savedAt = savedAt;
        this.submittedAt = submittedAt;
        this.dimensionScores = dimensionScores == null ? List.of() : List.copyOf(dimensionScores);
        this.overallScore = overallScore;
        this.version = version;
    }

    public static String id(String enrolmentId, Round round) {
        return enrolmentId + ":" + round;
    }

    static SelfEvaluation request(
            String enrolmentId,
            String programmeId,
            String municipalityCode,
            Round round,
            String frameworkKey,
            int frameworkVersion,
            LocalDate dueOn,
            Instant now) {
        SelfEvaluation evaluation = new SelfEvaluation(
                id(enrolmentId, round),
                enrolmentId,
                programmeId,
                municipalityCode,
                round,
                frameworkKey,
                frameworkVersion,
                dueOn,
                Status.OPEN,
                Map.of(),
                Map.of(),
                now,
                null,
                null,
                List.of(),
                null,
                null);
        evaluation.record(new SelfEvaluationEvent.Requested(
                evaluation.id, programmeId, municipalityCode, round, frameworkKey, frameworkVersion, dueOn, now));
        return evaluation;
    }

    /**
     * Replaces the draft's answers: every score an indicator of the framework from 1 to 5, every
     * key figure one of the framework's within its range. Unanswered indicators may wait until
     * submission.
     */
    void saveAnswers(
            FrameworkContent framework,
            Map<String, Integer> newAnswers,
            Map<String, BigDecimal> newFigures,
            Instant now) {
        requireOpen();
        List<FieldProblem> problems = new ArrayList<>();
        newAnswers.forEach((indicator, score) -> {
            if (!framework.hasIndicator(indicator)) {
                problems.add(new FieldProblem("answers." + indicator, "is not an indicator of this framework"));
            } else if (score == null || score < Indicator.MIN_SCORE || score > Indicator.MAX_SCORE) {
                problems.add(new FieldProblem(
                        "answers." + indicator,
                        "must be a score from " + Indicator.MIN_SCORE + " to " + Indicator.MAX_SCORE));
            }
        });
        newFigures.forEach((key, value) -> {
            Optional<KeyFigure> figure = framework.keyFigures().stream()
                    .filter(f -> f.key().equals(key))
                    .findFirst();
            if (figure.isEmpty()) {
                problems.add(new FieldProblem("keyFigures." + key, "is not a key figure of this framework"));
            } else if (value == null || !figure.get().accepts(value)) {
                problems.add(new FieldProblem(
                        "keyFigures." + key,
                        "must be between " + figure.get().min() + " and "
                                + figure.get().max() + " " + figure.get().unit()));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        answers = new LinkedHashMap<>(newAnswers);
        keyFigures = new LinkedHashMap<>(newFigures);
        savedAt = now;
    }

    /** Final: every indicator must be answered; the scores are computed and announced. */
    void submit(FrameworkContent framework, Instant now) {
        requireOpen();
        List<FieldProblem> missing = framework.indicators().stream()
                .filter(i -> !answers.containsKey(i.key()))
                .map(i -> new FieldProblem("answers." + i.key(), "must be answered before submission"))
                .toList();
        if (!missing.isEmpty()) {
            throw new InvalidFieldException(missing);
        }
        Scoring.Scores scores = Scoring.of(framework, answers);
        dimensionScores = scores.dimensions();
        overallScore = scores.overall();
        status = Status.SUBMITTED;
        submittedAt = now;
        record(new SelfEvaluationEvent.Submitted(
                id,
                programmeId,
                municipalityCode,
                round,
                frameworkKey,
                frameworkVersion,
                dimensionScores,
                overallScore,
                now));
    }

    /** The municipality left the programme: an evaluation not yet submitted is no longer wanted. */
    boolean cancel() {
        if (status != Status.OPEN) {
            return false;
        }
        status = Status.CANCELLED;
        return true;
    }

    public boolean overdue(LocalDate today) {
        return status == Status.OPEN && dueOn.isBefore(today);
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new ConflictException(
                    "A " + status.name().toLowerCase() + " self-evaluation cannot change", status.name());
        }
    }

    public String id() {
        return id;
    }

    public String enrolmentId() {
        return enrolmentId;
    }

    public String programmeId() {
        return programmeId;
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public Round round() {
        return round;
    }

    public String frameworkKey() {
        return frameworkKey;
    }

    public int frameworkVersion() {
        return frameworkVersion;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Status status() {
        return status;
    }

    public Map<String, Integer> answers() {
        return Map.copyOf(answers);
    }

    public Map<String, BigDecimal> keyFigures() {
        return Map.copyOf(keyFigures);
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public List<Scoring.DimensionScore> dimensionScores() {
        return dimensionScores;
    }

    public BigDecimal overallScore() {
        return overallScore;
    }
}
