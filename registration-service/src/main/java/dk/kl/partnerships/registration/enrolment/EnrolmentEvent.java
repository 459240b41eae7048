package dk.kl.partnerships.registration.enrolment;

/** What happens to an enrolment that other services need to know; each carries the enrolment as changed. */
public sealed interface EnrolmentEvent {

    Enrolment enrolment();

    record InterestDeclared(Enrolment enrolment) implements EnrolmentEvent {}

    record Joined(Enrolment enrolment) implements EnrolmentEvent {}

    record Withdrew(Enrolment enrolment) implements EnrolmentEvent {}

    record ParticipantRegistered(Enrolment enrolment, Participant participant) implements EnrolmentEvent {}

    record ParticipantRemoved(Enrolment enrolment, String participantId) implements EnrolmentEvent {}
}
