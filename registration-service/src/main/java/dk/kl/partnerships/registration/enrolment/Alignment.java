package dk.kl.partnerships.registration.enrolment;

import java.time.LocalDate;

/** KL's expectation-alignment contact with the municipality, and what was agreed. */
public record Alignment(LocalDate contactedOn, String note) {}
