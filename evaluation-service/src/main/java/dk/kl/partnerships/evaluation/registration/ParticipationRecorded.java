package dk.kl.partnerships.evaluation.registration;

/**
 * Announced within the service once a municipality's joining or withdrawal is recorded, for the
 * features that act on what is known of its participation.
 */
public record ParticipationRecorded(String enrolmentId) {}
