package dk.kl.partnerships.registration.enrolment.messaging;

import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.PostalAddress;
import dk.kl.partnerships.contracts.registration.BillingDetails;
import dk.kl.partnerships.contracts.registration.CouncilDecision;
import dk.kl.partnerships.contracts.registration.InterestDeclared;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.MunicipalityWithdrew;
import dk.kl.partnerships.contracts.registration.ParticipantRegistered;
import dk.kl.partnerships.contracts.registration.ParticipantRemoved;
import dk.kl.partnerships.contracts.registration.ParticipantRole;
import dk.kl.partnerships.registration.enrolment.Enrolment;
import dk.kl.partnerships.registration.enrolment.EnrolmentEvent;
import dk.kl.partnerships.registration.enrolment.EnrolmentState;
import dk.kl.partnerships.registration.enrolment.InvoiceRecipient;
import dk.kl.partnerships.registration.enrolment.Participant;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Enrolment domain events as the published {@code registration.enrolments.v1} contracts. */
@Component
public class EnrolmentEventTranslator implements Function<EnrolmentEvent, List<? extends IntegrationEvent>> {

    @Override
    public List<? extends IntegrationEvent> apply(EnrolmentEvent event) {
        Enrolment enrolment = event.enrolment();
        if (event instanceof EnrolmentEvent.InterestDeclared) {
            return List.of(new InterestDeclared(
                    enrolment.id(),
                    enrolment.programmeId(),
                    enrolment.municipalityCode(),
                    enrolment.municipalityName(),
                    enrolment.state() != EnrolmentState.DECLINED,
                    enrolment.focusAreas(),
                    enrolment.declaredAt(),
                    enrolment.late()));
        }
        if (event instanceof EnrolmentEvent.Joined) {
            return List.of(joined(enrolment));
        }
        if (event instanceof EnrolmentEvent.Withdrew) {
            return List.of(new MunicipalityWithdrew(
                    enrolment.id(),
                    enrolment.programmeId(),
                    enrolment.municipalityCode(),
                    enrolment.withdrawal().withdrawnOn(),
                    enrolment.withdrawal().reason()));
        }
        if (event instanceof EnrolmentEvent.ParticipantRegistered registered) {
            Participant participant = registered.participant();
            return List.of(new ParticipantRegistered(
                    enrolment.id(),
                    enrolment.programmeId(),
                    enrolment.municipalityCode(),
                    participant.id(),
                    participant.name(),
                    participant.email(),
                    ParticipantRole.valueOf(participant.role().name())));
        }
        EnrolmentEvent.ParticipantRemoved removed = (EnrolmentEvent.ParticipantRemoved) event;
        return List.of(new ParticipantRemoved(
                enrolment.id(), enrolment.programmeId(), enrolment.municipalityCode(), removed.participantId()));
    }

    private static MunicipalityJoined joined(Enrolment enrolment) {
        InvoiceRecipient recipient = enrolment.invoiceRecipient();
        return new MunicipalityJoined(
                enrolment.id(),
                enrolment.programmeId(),
                enrolment.municipalityCode(),
                enrolment.municipalityName(),
                enrolment.joinedOn(),
                new CouncilDecision(
                        enrolment.councilDecision().date(),
                        enrolment.councilDecision().reference()),
                new BillingDetails(
                        recipient.ean(),
                        recipient.cvr(),
                        recipient.buyerReference(),
                        new PostalAddress(
                                recipient.address().street(),
                                recipient.address().postalCode(),
                                recipient.address().city(),
                                recipient.address().countryCode())));
    }
}
