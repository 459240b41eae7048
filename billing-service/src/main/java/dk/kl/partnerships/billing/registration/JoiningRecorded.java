package dk.kl.partnerships.billing.registration;

/**
 * Announced within the service once a municipality's joining is recorded: from now on its billing
 * details are known.
 */
public record JoiningRecorded(String enrolmentId, String programmeId, String municipalityCode) {}
