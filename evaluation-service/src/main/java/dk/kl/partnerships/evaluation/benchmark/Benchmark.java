package dk.kl.partnerships.evaluation.benchmark;

import dk.kl.partnerships.evaluation.selfevaluation.Round;
import java.math.BigDecimal;
import java.util.List;

/**
 * A municipality's scores next to its comparison groups, per dimension and overall. What is shown of
 * a group follows the {@link Disclosure} rule; a withheld group has {@code shown} false and no
 * figure.
 */
public record Benchmark(
        String programmeId,
        String municipalityCode,
        Round round,
        String frameworkKey,
        Integer frameworkVersion,
        NetworkRef network,
        List<Row> dimensions,
        Row overall,
        List<String> notes) {

    public record NetworkRef(String id, String name) {}

    /**
     * @param own      the municipality's score in the round compared, if it has submitted
     * @param baseline the municipality's BASELINE score, in the compared framework version's terms
     * @param finalScore the municipality's FINAL score
     * @param change   FINAL minus BASELINE, when both exist
     */
    public record Row(
            String dimension,
            String name,
            BigDecimal own,
            BigDecimal baseline,
            BigDecimal finalScore,
            BigDecimal change,
            Group network,
            Group programme) {}

    /**
     * A comparison group's figures, or why it is withheld.
     *
     * @param municipalities how many municipalities' submissions the figures are computed from
     * @param lowerQuartile  only for groups large enough (else null), rounded to the half point
     * @param median         rounded to the half point
     */
    public record Group(
            boolean shown,
            Integer municipalities,
            BigDecimal lowerQuartile,
            BigDecimal median,
            BigDecimal upperQuartile,
            String withheldBecause) {

        static Group withheld(String reason) {
            return new Group(false, null, null, null, null, reason);
        }
    }
}
