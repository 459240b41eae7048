package dk.kl.partnerships.evaluation.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What benchlearning may disclose of a comparison group without giving away a single municipality's
 * score (the reasoning is in the service's README):
 *
 * <ul>
 *   <li>figures come from the group's <em>snapshot</em>: its first ⌊n / k⌋ · k submissions in the
 *       order they were submitted ({@code k} = the minimum of peers), so a group's figures change only
 *       when k more municipalities have submitted, never by one municipality's submission;
 *   <li>a group is shown only when at least k municipalities of its snapshot are others than the
 *       viewer; below {@code quartilePeers} of them only the median is given, from there the quartiles
 *       too;
 *   <li>figures are rounded: below {@code quartilePeers} to whole points of the 1–5 scale, from there
 *       to half points (a dimension's score is the mean of a few whole-point answers, so the median
 *       of a few scores is one of them, or the mean of two; a whole-point band covers at least two
 *       possible scores);
 *   <li>a network whose snapshot differs from the programme's by fewer than k municipalities (but
 *       not by none) is withheld, since the one would be the other with or without those few.
 * </ul>
 */
final class Disclosure {

    /** The width of the bands the figures of a group too small for quartiles are rounded to, on the 1–5 scale. */
    static final BigDecimal WHOLE = BigDecimal.ONE;

    /** The width of the bands the figures of a group with quartiles are rounded to. */
    static final BigDecimal HALF = new BigDecimal("0.5");

    private final int minimumPeers;
    private final int quartilePeers;

    Disclosure(int minimumPeers, int quartilePeers) {
        this.minimumPeers = minimumPeers;
        this.quartilePeers = quartilePeers;
    }

    int minimumPeers() {
        return minimumPeers;
    }

    /** The first ⌊n / k⌋ · k of the submissions, which are given in the order they were submitted. */
    <T> List<T> snapshot(List<T> inSubmissionOrder) {
        int size = inSubmissionOrder.size() / minimumPeers * minimumPeers;
        return List.copyOf(inSubmissionOrder.subList(0, size));
    }

    /** Whether two snapshots differ by fewer than k municipalities (and so the difference of their figures would tell). */
    boolean tooClose(Set<String> one, Set<String> other) {
        Set<String> difference = new HashSet<>(one);
        difference.addAll(other);
        Set<String> common = new HashSet<>(one);
        common.retainAll(other);
        difference.removeAll(common);
        return !difference.isEmpty() && difference.size() < minimumPeers;
    }

    /**
     * The group's figures from its snapshot's values (the viewer's own among them, if it is in the
     * snapshot), or withheld.
     *
     * @param peers how many of the values are others' than the viewer's
     */
    Benchmark.Group figures(List<BigDecimal> values, long peers) {
        if (values.isEmpty() || peers < minimumPeers) {
            return Benchmark.Group.withheld("Fewer than " + minimumPeers
                    + " other municipalities are in the group's figures: the group is not shown, to keep each one's"
                    + " scores private.");
        }
        Statistics.Summary summary = Statistics.of(values);
        if (peers < quartilePeers) {
            return new Benchmark.Group(true, summary.count(), null, band(summary.median(), WHOLE), null, null);
        }
        return new Benchmark.Group(
                true,
                summary.count(),
                band(summary.lowerQuartile(), HALF),
                band(summary.median(), HALF),
                band(summary.upperQuartile(), HALF),
                null);
    }

    static Benchmark.Group withheldAsTooClose(int minimumPeers) {
        return Benchmark.Group.withheld("The network's figures would differ from the programme's by fewer than "
                + minimumPeers + " municipalities: the network is not shown, so that neither can be told from the"
                + " other.");
    }

    /** The value rounded to the nearest multiple of the width, halves up: by halves 3.24 → 3.0, 3.25 → 3.5. */
    static BigDecimal band(BigDecimal value, BigDecimal width) {
        return value.divide(width)
                .setScale(0, RoundingMode.HALF_UP)
                .multiply(width)
                .setScale(1, RoundingMode.UNNECESSARY);
    }
}
