package dk.kl.partnerships.billing.registration;

import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.billing.invoice.Cause;
import java.time.LocalDate;

/** The facts of a municipality's joining that billing needs: when, who is invoiced, and the causing event. */
public record Joining(LocalDate joinedOn, Buyer buyer, Cause cause) {}
