package dk.kl.partnerships.meeting.registration;

/** Announced within the service once a participant's removal is recorded. */
public record ParticipantLeft(String participantId) {}
