package dk.kl.partnerships.registration.enrolment;

import java.time.Instant;

/** A named person who takes part on behalf of a municipality. */
public record Participant(String id, String name, String email, ParticipantRole role, Instant registeredAt) {}
