package dk.kl.partnerships.billing.registration;

import dk.kl.partnerships.billing.invoice.Cause;
import java.time.LocalDate;

/** A municipality's withdrawal from a programme, and the causing event. */
public record Leaving(LocalDate withdrawnOn, String reason, Cause cause) {}
