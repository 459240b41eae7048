package dk.kl.partnerships.registration.programme;

import java.math.BigDecimal;

/** Part of the price, due a number of months after joining; {@code share} is a fraction such as 0.50. */
public record Instalment(int dueOffsetMonths, BigDecimal share) {}
