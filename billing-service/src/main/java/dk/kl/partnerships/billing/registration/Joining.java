package dk.kl.partnerships.billing.registration;

import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.billing.invoice.Cause;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The facts of a municipality's joining that billing needs: when, who is invoiced, and the causing
 * event. {@code buyerAsOf} is when registration recorded the joining, so that a billing profile
 * changed later replaces its buyer on later invoices ({@link BuyerDetails}); absent for joinings
 * recorded before it was kept.
 */
public record Joining(LocalDate joinedOn, Buyer buyer, Cause cause, Instant buyerAsOf) {

    public Joining(LocalDate joinedOn, Buyer buyer, Cause cause) {
        this(joinedOn, buyer, cause, null);
    }
}
