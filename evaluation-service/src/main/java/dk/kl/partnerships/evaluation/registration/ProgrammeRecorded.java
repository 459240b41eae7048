package dk.kl.partnerships.evaluation.registration;

/**
 * Announced within the service once a programme's publication or completion is recorded, for the
 * features that act on what is known of the programme.
 */
public record ProgrammeRecorded(String programmeId) {}
