package dk.kl.partnerships.registration.enrolment.web;

import dk.kl.partnerships.kit.security.Caller;
import dk.kl.partnerships.registration.enrolment.Alignment;
import dk.kl.partnerships.registration.enrolment.CouncilDecision;
import dk.kl.partnerships.registration.enrolment.DeadlineOverride;
import dk.kl.partnerships.registration.enrolment.Enrolment;
import dk.kl.partnerships.registration.enrolment.EnrolmentState;
import dk.kl.partnerships.registration.enrolment.InvoiceRecipient;
import dk.kl.partnerships.registration.enrolment.Participant;
import dk.kl.partnerships.registration.enrolment.Withdrawal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

record EnrolmentResponse(
        String id,
        String programmeId,
        String municipalityCode,
        String municipalityName,
        EnrolmentState state,
        List<String> focusAreas,
        Instant declaredAt,
        boolean late,
        DeadlineOverride answerOverride,
        DeadlineOverride approvalOverride,
        Alignment alignment,
        CouncilDecision councilDecision,
        LocalDate joinedOn,
        InvoiceRecipient invoiceRecipient,
        Withdrawal withdrawal,
        LocalDate completedOn,
        List<Participant> participants) {

    /** The enrolment as KL staff and the municipality itself see it. */
    static EnrolmentResponse of(Enrolment e) {
        return of(e, e.participants());
    }

    /**
     * The enrolment as this caller may see it: finance staff, who read enrolments only to follow the
     * invoicing, see who takes part but not their e-mail addresses.
     */
    static EnrolmentResponse of(Enrolment e, Caller caller) {
        if (caller.canActFor(e.municipalityCode())) {
            return of(e);
        }
        return of(e, e.participants().stream().map(Participant::withoutEmail).toList());
    }

    private static EnrolmentResponse of(Enrolment e, List<Participant> participants) {
        return new EnrolmentResponse(
                e.id(),
                e.programmeId(),
                e.municipalityCode(),
                e.municipalityName(),
                e.state(),
                e.focusAreas(),
                e.declaredAt(),
                e.late(),
                e.answerOverride(),
                e.approvalOverride(),
                e.alignment(),
                e.councilDecision(),
                e.joinedOn(),
                e.invoiceRecipient(),
                e.withdrawal(),
                e.completedOn(),
                participants);
    }
}
