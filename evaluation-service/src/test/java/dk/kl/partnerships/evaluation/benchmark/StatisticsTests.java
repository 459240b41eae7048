package dk.kl.partnerships.evaluation.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Medians and quartiles against values worked out by hand (h = (n − 1)·p, linear between ranks). */
class StatisticsTests {

    @Test
    void fourValues() {
        // sorted 1, 2, 3, 4: Q1 at h = 0.75 → 1 + 0.75·1; median at h = 1.5 → 2.5; Q3 at h = 2.25 → 3.25
        assertThat(Statistics.of(values("4", "1", "3", "2")))
                .isEqualTo(new Statistics.Summary(
                        4, new BigDecimal("1.75"), new BigDecimal("2.50"), new BigDecimal("3.25")));
    }

    @Test
    void fiveValuesFallOnRanks() {
        // sorted 1.5, 2.5, 3.0, 4.0, 5.0: h = 1, 2, 3
        assertThat(Statistics.of(values("2.5", "4.0", "3.0", "1.5", "5.0")))
                .isEqualTo(new Statistics.Summary(
                        5, new BigDecimal("2.50"), new BigDecimal("3.00"), new BigDecimal("4.00")));
    }

    @Test
    void threeValues() {
        // sorted 2.0, 3.5, 4.5: Q1 at h = 0.5 → 2.75; median 3.5; Q3 at h = 1.5 → 4.0
        assertThat(Statistics.of(values("3.5", "2.0", "4.5")))
                .isEqualTo(new Statistics.Summary(
                        3, new BigDecimal("2.75"), new BigDecimal("3.50"), new BigDecimal("4.00")));
    }

    @Test
    void sixValuesRoundHalfUp() {
        // sorted 1.0, 1.5, 2.0, 3.0, 4.5, 5.0: Q1 at h = 1.25 → 1.625 → 1.63; median at h = 2.5 → 2.5;
        // Q3 at h = 3.75 → 3.0 + 0.75·1.5 = 4.125 → 4.13
        assertThat(Statistics.of(values("4.5", "1.0", "5.0", "2.0", "1.5", "3.0")))
                .isEqualTo(new Statistics.Summary(
                        6, new BigDecimal("1.63"), new BigDecimal("2.50"), new BigDecimal("4.13")));
    }

    @Test
    void oneValueIsItsOwnMedianAndQuartiles() {
        assertThat(Statistics.of(values("3.25")))
                .isEqualTo(new Statistics.Summary(
                        1, new BigDecimal("3.25"), new BigDecimal("3.25"), new BigDecimal("3.25")));
        assertThatThrownBy(() -> Statistics.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<BigDecimal> values(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
