package dk.kl.partnerships.registration.enrolment.web;

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

    static EnrolmentResponse of(Enrolment e) {
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
                e.participants());
    }
}
