package dk.kl.partnerships.evaluation.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The disclosure rule's parts on their own: snapshots, the nearness of two groups, thresholds and bands. */
class DisclosureTests {

    private final Disclosure disclosure = new Disclosure(3, 10);

    @Test
    void aSnapshotIsTheFirstWholeStepsOfThreeSubmissions() {
        assertThat(disclosure.snapshot(List.of("a", "b"))).isEmpty();
        assertThat(disclosure.snapshot(List.of("a", "b", "c", "d", "e"))).containsExactly("a", "b", "c");
        assertThat(disclosure.snapshot(List.of("a", "b", "c", "d", "e", "f")))
                .containsExactly("a", "b", "c", "d", "e", "f");
    }

    @Test
    void groupsThatDifferByOneOrTwoMunicipalitiesAreTooCloseButEqualOrFarApartAreNot() {
        assertThat(disclosure.tooClose(Set.of("a", "b", "c", "d"), Set.of("a", "b", "c")))
                .isTrue();
        assertThat(disclosure.tooClose(Set.of("a", "b", "c", "d"), Set.of("a", "b", "c", "e")))
                .isTrue();
        assertThat(disclosure.tooClose(Set.of("a", "b", "c"), Set.of("a", "b", "c")))
                .isFalse();
        assertThat(disclosure.tooClose(Set.of("a", "b", "c", "d", "e", "f"), Set.of("a", "b", "c")))
                .isFalse();
    }

    @Test
    void figuresAreBandedToHalfOrWholePoints() {
        assertThat(Disclosure.band(new BigDecimal("3.24"), Disclosure.HALF)).isEqualByComparingTo("3.0");
        assertThat(Disclosure.band(new BigDecimal("3.25"), Disclosure.HALF)).isEqualByComparingTo("3.5");
        assertThat(Disclosure.band(new BigDecimal("3.67"), Disclosure.HALF)).isEqualByComparingTo("3.5");
        assertThat(Disclosure.band(new BigDecimal("4.80"), Disclosure.HALF)).isEqualByComparingTo("5.0");
        assertThat(Disclosure.band(new BigDecimal("3.49"), Disclosure.WHOLE)).isEqualByComparingTo("3");
        assertThat(Disclosure.band(new BigDecimal("3.50"), Disclosure.WHOLE)).isEqualByComparingTo("4");
        assertThat(Disclosure.band(new BigDecimal("4.00"), Disclosure.WHOLE)).isEqualByComparingTo("4");
    }

    @Test
    void belowThreeOthersNothingBelowTenOthersTheMedianInWholePointsFromTenTheQuartilesTooInHalfPoints() {
        List<BigDecimal> four = values("2.33", "3.67", "4.00", "2.00");
        assertThat(disclosure.figures(four, 2).shown()).isFalse();
        Benchmark.Group medianOnly = disclosure.figures(four, 3);
        assertThat(medianOnly.shown()).isTrue();
        // 2.00, 2.33, 3.67, 4.00 → median 3.00, in whole points 3
        assertThat(medianOnly.median()).isEqualByComparingTo("3");
        assertThat(medianOnly.lowerQuartile()).isNull();
        assertThat(medianOnly.upperQuartile()).isNull();

        List<BigDecimal> eleven = values("1", "1.5", "2", "2.5", "3", "3.5", "4", "4.5", "5", "5", "5");
        Benchmark.Group all = disclosure.figures(eleven, 10);
        // h = 2.5 → 2.25 → 2.5; median 3.5; h = 7.5 → 4.75 → 5.0
        assertThat(all.lowerQuartile()).isEqualByComparingTo("2.5");
        assertThat(all.median()).isEqualByComparingTo("3.5");
        assertThat(all.upperQuartile()).isEqualByComparingTo("5.0");
    }

    private static List<BigDecimal> values(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
