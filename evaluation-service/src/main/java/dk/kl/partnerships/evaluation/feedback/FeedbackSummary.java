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
 * scores, and the comments — without names, in alphabetical order.
 */
public record FeedbackSummary(
        String meetingId,
        String title,
        LocalDate heldOn,
        int attendees,
        int responses,
        BigDecimal average,
        List<Integer> scoreCounts,
        List<String> comments) {

    static FeedbackSummary of(FeedbackRound round) {
        List<FeedbackRound.Rating> ratings = round.ratings();
        return new FeedbackSummary(
                round.meetingId(),
                round.title(),
                round.heldOn(),
                round.attendees().size(),
                ratings.size(),
                average(ratings.stream().mapToInt(FeedbackRound.Rating::score).sum(), ratings.size()),
                IntStream.rangeClosed(FeedbackRound.MIN_SCORE, FeedbackRound.MAX_SCORE)
                        .mapToObj(score -> (int)
                                ratings.stream().filter(r -> r.score() == score).count())
                        .toList(),
                ratings.stream()
                        .map(FeedbackRound.Rating::comment)
                        .filter(Objects::nonNull)
                        .sorted(Comparator.naturalOrder())
                        .toList());
    }

    static BigDecimal average(long sum, int count) {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /** The feedback of a network's meetings: each meeting's summary, and all its ratings together. */
    public record NetworkFeedback(
            String networkId, int meetings, int responses, BigDecimal average, List<FeedbackSummary> perMeeting) {}
}
