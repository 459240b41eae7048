package dk.kl.partnerships.registration.enrolment;

import java.time.LocalDate;

/** The council's approval of the agreement: when, and under which case reference. */
public record CouncilDecision(LocalDate date, String reference) {}
