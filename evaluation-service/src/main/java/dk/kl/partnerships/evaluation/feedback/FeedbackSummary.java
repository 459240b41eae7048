package dk.kl.partnerships.evaluation.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * What KL sees of a meeting's feedback: how many attendees rated it, the average and the spread of
 * scores, and the comments — without names, in alphabetical order. Fewer responses than the
 * anonymity threshold show only their number ({@code shown} false): one or two answers would tell
 * what each person said.
 */
public record FeedbackSummary(
        String meetingId,
        String title,
        LocalDate heldOn,
        int attendees,
        int responses,
        boolean shown,
        BigDecimal average,
        List<Integer> scoreCounts,
        List<String> comments) {

    static FeedbackSummary of(FeedbackRound round, int anonymityThreshold) {
        List<FeedbackRound.Rating> ratings = round.ratings();
        boolean shown = ratings.size() >= anonymityThreshold;
        return new FeedbackSummary(
                round.meetingId(),
                round.title(),
                round.heldOn(),
                round.attendees().size(),
                ratings.size(),
                shown,
                shown
                        ? average(
                                ratings.stream()
                                        .mapToInt(FeedbackRound.Rating::score)
                                        .sum(),
                                ratings.size())
                        : null,
                shown
                        ? IntStream.rangeClosed(FeedbackRound.MIN_SCORE, FeedbackRound.MAX_SCORE)
                                .mapToObj(score -> (int) ratings.stream()
                                        .filter(r -> r.score() == score)
                                        .count())
                                .toList()
                        : List.of(),
                shown
                        ? ratings.stream()
                                .map(FeedbackRound.Rating::comment)
                                .filter(Objects::nonNull)
                                .sorted(Comparator.naturalOrder())
                                .toList()
                        : List.of());
    }

    static BigDecimal average(long sum, int count) {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /**
     * The feedback of a network's meetings: each meeting's summary, and all its ratings together,
     * whose average is shown from the anonymity threshold on.
     */
    public record NetworkFeedback(
            String networkId,
            int meetings,
            int responses,
            boolean shown,
            BigDecimal average,
            List<FeedbackSummary> perMeeting) {}
}
