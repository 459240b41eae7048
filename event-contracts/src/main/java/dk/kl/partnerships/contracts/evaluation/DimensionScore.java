package dk.kl.partnerships.contracts.evaluation;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.Require;
import java.math.BigDecimal;

/** The mean indicator score (1.00–5.00) of one dimension of a quality framework. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DimensionScore(
        String dimension,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal score) {

    public DimensionScore {
        Require.text(dimension, "dimension");
        score = Require.amount(score, "score");
    }
}
