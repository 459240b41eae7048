package dk.kl.partnerships.evaluation.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kl.partnerships.kit.error.ConflictException;
import dk.kl.partnerships.kit.error.InvalidFieldException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameworkTests {

    private static final List<String> LEVELS = List.of("1", "2", "3", "4", "5");

    @Test
    void scoresAreMeansOfAnsweredIndicatorsAndTheOverallIsTheMeanOfTheUnroundedDimensionMeans() {
        FrameworkContent framework = content(Map.of(), dimension("a", "a1", "a2", "a3"), dimension("b", "b1", "b2"));

        Scoring.Scores scores = Scoring.of(framework, Map.of("a1", 1, "a2", 2, "a3", 2, "b1", 4));

        // a: 5/3 = 1.666… → 1.67; b: 4 (b2 unanswered); overall (1.666… + 4) / 2 = 2.8333… → 2.83
        assertThat(scores.dimensions())
                .extracting(Scoring.DimensionScore::dimension, Scoring.DimensionScore::score)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", new BigDecimal("1.67")),
                        org.assertj.core.groups.Tuple.tuple("b", new BigDecimal("4.00")));
        assertThat(scores.overall()).isEqualTo(new BigDecimal("2.83"));
    }

    @Test
    void scoresCarryForwardThroughEachVersionsContinuationsAndDropWhereNoneExists() {
        QualityFramework v1 = QualityFramework.create(
                "f", 1, content(Map.of(), dimension("a", "a1", "a2"), dimension("b", "b1")), null, Instant.now());
        QualityFramework v2 = QualityFramework.create(
                "f",
                2,
                content(Map.of("x1", "a1", "x2", "a2", "y1", "b1"), dimension("x", "x1", "x2"), dimension("y", "y1")),
                v1.content(),
                Instant.now());
        QualityFramework v3 = QualityFramework.create(
                "f",
                3,
                content(Map.of("z1", "x2", "y9", "y1"), dimension("z", "z1", "z-new"), dimension("y", "y9")),
                v2.content(),
                Instant.now());
        Lineage lineage = new Lineage(List.of(v1, v2, v3));

        assertThat(lineage.translate(1, Map.of("a1", 5, "a2", 3, "b1", 2)))
                .containsOnly(Map.entry("z1", 3), Map.entry("y9", 2));
        assertThat(lineage.translate(3, Map.of("z1", 4))).containsOnly(Map.entry("z1", 4));
        assertThatThrownBy(() -> new Lineage(List.of(v1)).translate(2, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFrameworkNamesEveryProblemWithItsField() {
        FrameworkContent broken = new FrameworkContent(
                " ",
                null,
                List.of(new Dimension("Bad Key", "", List.of(new Indicator("i1", "text", List.of("only one"))))),
                List.of(new KeyFigure("k", "Andel", "%", new BigDecimal("100"), BigDecimal.ZERO)),
                Map.of("i1", "old"));

        assertThatThrownBy(() -> QualityFramework.create("f", 1, broken, null, Instant.now()))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidFieldException.FieldProblem::field)
                                .containsExactlyInAnyOrder(
                                        "title",
                                        "dimensions[0].key",
                                        "dimensions[0].name",
                                        "dimensions[0].indicators[0].levels",
                                        "keyFigures[0].max",
                                        "previousIndicators.i1"));
    }

    @Test
    void aVersionInUseNeverChanges() {
        FrameworkContent content = content(Map.of(), dimension("a", "a1"));
        QualityFramework framework = new QualityFramework("f@1", "f", 1, content, true, Instant.now(), 1L);

        assertThatThrownBy(() -> framework.revise(content, null))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.currentState()).isEqualTo("IN_USE"));
    }

    static FrameworkContent content(Map<String, String> previous, Dimension... dimensions) {
        return new FrameworkContent("Pejlemærker", "Dagtilbud", List.of(dimensions), List.of(), previous);
    }

    static Dimension dimension(String key, String... indicators) {
        return new Dimension(
                key,
                "Dimension " + key,
                java.util.Arrays.stream(indicators)
                        .map(i -> new Indicator(i, "Indikator " + i, LEVELS))
                        .toList());
    }
}
