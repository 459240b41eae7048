package dk.kl.partnerships.registration.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What happened to a municipality's enrolment that other services need to know, as facts complete in
 * themselves: who, in which programme, what and when.
 */
public sealed interface EnrolmentEvent {

    String enrolmentId();

    String programmeId();

    String municipalityCode();

    /** The municipality answered the invitation: yes with ranked focus areas, or no. */
    record InterestDeclared(
            String enrolmentId,
            String programmeId,
            String municipalityCode,
            String municipalityName,
            boolean interested,
            List<String> focusAreas,
            Instant declaredAt,
            boolean late)
            implements EnrolmentEvent {}

    /** The council approved the agreement: the municipality joined, to be invoiced as the recipient says. */
    record Joined(
            String enrolmentId,
            String programmeId,
            String municipalityCode,
            String municipalityName,
            LocalDate joinedOn,
            CouncilDecision councilDecision,
            InvoiceRecipient invoiceRecipient)
            implements EnrolmentEvent {}

    record Withdrew(
            String enrolmentId, String programmeId, String municipalityCode, LocalDate withdrawnOn, String reason)
            implements EnrolmentEvent {}

    /**
     * The municipality named a participant; the participant says when. {@code replaces} is the
     * participant whose seat this one took, or null for a new seat.
     */
    record ParticipantRegistered(
            String enrolmentId, String programmeId, String municipalityCode, Participant participant, String replaces)
            implements EnrolmentEvent {}

    /** {@code replacedBy} is the participant who took the seat, or null for a plain removal. */
    record ParticipantRemoved(
            String enrolmentId,
            String programmeId,
            String municipalityCode,
            String participantId,
            Instant removedAt,
            String replacedBy)
            implements EnrolmentEvent {}

    /** A participant's personal data was erased; the event carries none of it. */
    record ParticipantErased(
            String enrolmentId,
            String programmeId,
            String municipalityCode,
            String participantId,
            ParticipantErasure erasure)
            implements EnrolmentEvent {}
}
