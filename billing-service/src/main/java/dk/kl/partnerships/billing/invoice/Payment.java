package dk.kl.partnerships.billing.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Money received against an invoice; {@code reference} is the bank's or finance system's own. */
public record Payment(String reference, BigDecimal amount, LocalDate paidOn, Instant registeredAt) {}
