package dk.kl.partnerships.web.api.evaluation;

import dk.kl.partnerships.web.api.ApiClient;
import dk.kl.partnerships.web.api.ApiPage;
import dk.kl.partnerships.web.api.ApiProblem;
import dk.kl.partnerships.web.api.Download;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** evaluation-service through the gateway: quality frameworks, self-evaluations and benchlearning. */
@Component
public class EvaluationApi {

    public record Indicator(String key, String text, List<String> levels) {}

    public record Dimension(String key, String name, List<Indicator> indicators) {}

    public record KeyFigure(String key, String name, String unit, BigDecimal min, BigDecimal max) {}

    public record Framework(
            String key, int version, String title, List<Dimension> dimensions, List<KeyFigure> keyFigures) {

        public Framework {
            keyFigures = keyFigures == null ? List.of() : List.copyOf(keyFigures);
        }
    }

    public record DimensionScore(String dimension, String name, BigDecimal score) {}

    public record SelfEvaluation(
            String id,
            String programmeId,
            String municipalityCode,
            String round,
            String frameworkKey,
            int frameworkVersion,
            LocalDate dueOn,
            String status,
            boolean overdue,
            Map<String, Integer> answers,
            Map<String, BigDecimal> keyFigures,
            List<DimensionScore> dimensionScores,
            BigDecimal overallScore) {

        public boolean isSubmitted() {
            return "SUBMITTED".equals(status);
        }

        public boolean isOpen() {
            return "OPEN".equals(status);
        }
    }

    public record Group(
            boolean shown,
            Integer municipalities,
            BigDecimal lowerQuartile,
            BigDecimal median,
            BigDecimal upperQuartile,
            String withheldBecause) {}

    public record Row(
            String dimension,
            String name,
            BigDecimal own,
            BigDecimal baseline,
            BigDecimal finalScore,
            BigDecimal change,
            Group network,
            Group programme) {}

    public record NetworkRef(String id, String name) {}

    public record Benchmark(String round, NetworkRef network, List<Row> dimensions, Row overall, List<String> notes) {}

    public record Answers(Map<String, Integer> answers, Map<String, BigDecimal> keyFigures) {}

    /** What KL sees of a held meeting's ratings: no names, the comments alphabetical. */
    public record FeedbackSummary(
            String meetingId,
            String title,
            LocalDate heldOn,
            int attendees,
            int responses,
            BigDecimal average,
            List<Integer> scoreCounts,
            List<String> comments) {

        public FeedbackSummary {
            scoreCounts = scoreCounts == null ? List.of() : List.copyOf(scoreCounts);
            comments = comments == null ? List.of() : List.copyOf(comments);
        }
    }

    public record NetworkFeedback(
            String networkId, int meetings, int responses, BigDecimal average, List<FeedbackSummary> perMeeting) {

        public NetworkFeedback {
            perMeeting = perMeeting == null ? List.of() : List.copyOf(perMeeting);
        }
    }

    private static final ParameterizedTypeReference<ApiPage<SelfEvaluation>> EVALUATIONS =
            new ParameterizedTypeReference<>() {};

    private final ApiClient api;

    EvaluationApi(ApiClient api) {
        this.api = api;
    }

    public ApiPage<SelfEvaluation> selfEvaluations(String municipalityCode, String programmeId) {
        return api.get(
                uri -> uri.path("/api/self-evaluations")
                        .queryParam("municipalityCode", municipalityCode)
                        .queryParam("programmeId", programmeId)
                        .build(),
                EVALUATIONS);
    }

    /** The programme's open self-evaluations past their due date (KL). */
    public ApiPage<SelfEvaluation> overdue(String programmeId, int page, int size) {
        return api.get(
                uri -> uri.path("/api/self-evaluations/overdue")
                        .queryParam("programmeId", programmeId)
                        .queryParam("page", page)
                        .queryParam("size", size)
                        .build(),
                EVALUATIONS);
    }

    public SelfEvaluation selfEvaluation(String id) {
        return api.get("/api/self-evaluations/{id}", SelfEvaluation.class, id);
    }

    public Framework framework(String key, int version) {
        return api.get("/api/frameworks/{key}/versions/{version}", Framework.class, key, version);
    }

    public SelfEvaluation saveAnswers(String id, Answers answers) {
        return api.put("/api/self-evaluations/{id}/answers", answers, SelfEvaluation.class, id);
    }

    public SelfEvaluation submit(String id) {
        return api.post("/api/self-evaluations/{id}/submission", null, SelfEvaluation.class, id);
    }

    public Benchmark benchmark(String programmeId, String municipalityCode, String round) {
        return api.get(
                "/api/programmes/{id}/benchmarks?municipalityCode={code}&round={round}",
                Benchmark.class,
                programmeId,
                municipalityCode,
                round);
    }

    /** The programme's comparison groups without a municipality of its own (KL). */
    public Benchmark programmeBenchmark(String programmeId, String round) {
        return api.get("/api/programmes/{id}/benchmarks?round={round}", Benchmark.class, programmeId, round);
    }

    /** A held meeting's feedback; empty until evaluation has opened it (soon after the meeting is held). */
    public Optional<FeedbackSummary> meetingFeedback(String meetingId) {
        try {
            return Optional.of(api.get("/api/meetings/{id}/feedback", FeedbackSummary.class, meetingId));
        } catch (ApiProblem problem) {
            if (problem.isNotFound()) {
                return Optional.empty();
            }
            throw problem;
        }
    }

    /** One network's comparison group of the programme, without a municipality of its own (KL). */
    public Benchmark networkBenchmark(String programmeId, String networkId, String round) {
        return api.get(
                "/api/programmes/{id}/benchmarks?networkId={network}&round={round}",
                Benchmark.class,
                programmeId,
                networkId,
                round);
    }

    public NetworkFeedback networkFeedback(String networkId) {
        return api.get("/api/networks/{id}/feedback", NetworkFeedback.class, networkId);
    }

    public Download benchmarkChart(String programmeId, String municipalityCode, String round) {
        return api.download(
                "/api/programmes/{id}/benchmarks.svg?municipalityCode={code}&round={round}",
                programmeId,
                municipalityCode,
                round);
    }
}
