package dk.kl.partnerships.evaluation.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Median and quartiles of a comparison group. Quartiles interpolate linearly between the closest
 * ranks (the method of spreadsheets' QUARTILE.INC and R's default): for the p-quantile of n sorted
 * values, h = (n − 1)·p and the value is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). Results to two
 * decimals, half up.
 */
final class Statistics {

    private static final int SCALE = 2;

    private Statistics() {}

    public record Summary(int count, BigDecimal lowerQuartile, BigDecimal median, BigDecimal upperQuartile) {}

    public static Summary of(List<BigDecimal> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("No values to summarise");
        }
        List<BigDecimal> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return new Summary(
                sorted.size(),
                quantile(sorted, new BigDecimal("0.25")),
                quantile(sorted, new BigDecimal("0.5")),
                quantile(sorted, new BigDecimal("0.75")));
    }

    static BigDecimal quantile(List<BigDecimal> sorted, BigDecimal p) {
        BigDecimal h = BigDecimal.valueOf(sorted.size() - 1L).multiply(p);
        int lower = h.intValue();
        BigDecimal fraction = h.subtract(BigDecimal.valueOf(lower));
        BigDecimal value = sorted.get(lower);
        if (fraction.signum() > 0) {
            value = value.add(fraction.multiply(sorted.get(lower + 1).subtract(value)));
        }
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
