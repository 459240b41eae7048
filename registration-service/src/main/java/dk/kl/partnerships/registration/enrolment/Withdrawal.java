package dk.kl.partnerships.registration.enrolment;

import java.time.LocalDate;

public record Withdrawal(LocalDate withdrawnOn, String reason) {}
