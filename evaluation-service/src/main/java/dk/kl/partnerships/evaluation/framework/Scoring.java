package dk.kl.partnerships.evaluation.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dimension's score is the mean of its answered indicators; the overall score the mean of the
 * dimension means. Both are given to two decimals, half up, rounded once at the end.
 */
public final class Scoring {

    private static final int EXACT = 10;
    private static final int SHOWN = 2;

    private Scoring() {}

    /** A dimension's score; dimensions without any answered indicator are left out. */
    public record DimensionScore(String dimension, String name, BigDecimal score) {}

    /** Dimension scores to two decimals and the overall score computed from the unrounded means. */
    public record Scores(List<DimensionScore> dimensions, BigDecimal overall) {}

    public static Scores of(FrameworkContent framework, Map<String, Integer> answers) {
        List<DimensionScore> dimensions = new ArrayList<>();
        List<BigDecimal> exactMeans = new ArrayList<>();
        for (Dimension dimension : framework.dimensions()) {
            List<BigDecimal> answered = dimension.indicators().stream()
                    .map(i -> answers.get(i.key()))
                    .filter(Objects::nonNull)
                    .map(BigDecimal::valueOf)
                    .toList();
            if (!answered.isEmpty()) {
                BigDecimal mean = mean(answered);
                exactMeans.add(mean);
                dimensions.add(new DimensionScore(dimension.key(), dimension.name(), shown(mean)));
            }
        }
        return new Scores(dimensions, exactMeans.isEmpty() ? null : shown(mean(exactMeans)));
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), EXACT, RoundingMode.HALF_UP);
    }

    private static BigDecimal shown(BigDecimal exact) {
        return exact.setScale(SHOWN, RoundingMode.HALF_UP);
    }
}
