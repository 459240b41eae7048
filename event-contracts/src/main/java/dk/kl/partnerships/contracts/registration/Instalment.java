package dk.kl.partnerships.contracts.registration;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.Require;
import java.math.BigDecimal;

/**
 * One instalment of a programme's price: due {@code dueOffsetMonths} after joining, for
 * {@code share} of the price (a fraction, {@code "0.50"}; the shares of a plan add up to 1).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Instalment(
        int dueOffsetMonths,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal share) {

    public Instalment {
        if (dueOffsetMonths < 0) {
            throw new IllegalArgumentException("dueOffsetMonths must not be negative");
        }
        share = Require.amount(share, "share");
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("share must be above 0 and at most 1");
        }
    }
}
