package dk.kl.partnerships.billing.registration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What billing knows of a published programme: its price (net of VAT), VAT rate (percent) and
 * instalment plan, and when it starts — which decides how a withdrawal is settled.
 */
public record ProgrammeTerms(
        String programmeId,
        String kind,
        String title,
        LocalDate startsOn,
        LocalDate endsOn,
        BigDecimal price,
        BigDecimal vatRate,
        String currency,
        List<Instalment> instalments) {

    public ProgrammeTerms {
        instalments = List.copyOf(instalments);
    }

    /** Due {@code dueOffsetMonths} after joining, for {@code share} of the price. */
    public record Instalment(int dueOffsetMonths, BigDecimal share) {}
}
