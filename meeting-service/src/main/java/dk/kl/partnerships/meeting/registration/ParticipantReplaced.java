package dk.kl.partnerships.meeting.registration;

/** Announced within the service once a participant's replacement is recorded: who takes whose seats. */
public record ParticipantReplaced(String participantId, Person replacement) {}
