package dk.kl.partnerships.meeting.registration;

/** Announced within the service once a participant's erasure is recorded on their roster. */
public record ParticipantErased(String participantId) {}
