package dk.kl.partnerships.registration.messaging;

import dk.kl.partnerships.contracts.PostalAddress;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.registration.BillingDetails;
import dk.kl.partnerships.contracts.registration.BillingProfileChanged;
import dk.kl.partnerships.contracts.registration.Contact;
import dk.kl.partnerships.contracts.registration.CouncilDecision;
import dk.kl.partnerships.contracts.registration.Instalment;
import dk.kl.partnerships.contracts.registration.InterestDeclared;
import dk.kl.partnerships.contracts.registration.MunicipalityContactsChanged;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.MunicipalityWithdrew;
import dk.kl.partnerships.contracts.registration.NetworkChanged;
import dk.kl.partnerships.contracts.registration.NetworkFormed;
import dk.kl.partnerships.contracts.registration.ParticipantErased;
import dk.kl.partnerships.contracts.registration.ParticipantRegistered;
import dk.kl.partnerships.contracts.registration.ParticipantRemoved;
import dk.kl.partnerships.contracts.registration.ParticipantRole;
import dk.kl.partnerships.contracts.registration.ProgrammeCompleted;
import dk.kl.partnerships.contracts.registration.ProgrammeKind;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import dk.kl.partnerships.kit.outbox.OutboundEvents;
import dk.kl.partnerships.registration.enrolment.EnrolmentEvent;
import dk.kl.partnerships.registration.enrolment.InvoiceRecipient;
import dk.kl.partnerships.registration.enrolment.Participant;
import dk.kl.partnerships.registration.municipality.ContactPerson;
import dk.kl.partnerships.registration.municipality.MunicipalityEvent;
import dk.kl.partnerships.registration.network.Network;
import dk.kl.partnerships.registration.network.NetworkChange;
import dk.kl.partnerships.registration.network.NetworkEvent;
import dk.kl.partnerships.registration.programme.ProgrammeEvent;
import dk.kl.partnerships.registration.programme.ProgrammeTerms;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registration's domain events as the contracts it publishes, one topic after the other. */
@Configuration(proxyBeanMethods = false)
class RegistrationOutboundEvents {

    static final String CURRENCY = "DKK";

    @Bean
    OutboundEvents outboundEvents() {
        return OutboundEvents.builder()
                .topic(Topic.PROGRAMMES)
                .map(ProgrammeEvent.Published.class, ProgrammePublished.class, RegistrationOutboundEvents::published)
                .map(
                        ProgrammeEvent.Completed.class,
                        ProgrammeCompleted.class,
                        fact -> new ProgrammeCompleted(fact.programmeId(), fact.completedOn()))
                .topic(Topic.ENROLMENTS)
                .map(
                        EnrolmentEvent.InterestDeclared.class,
                        InterestDeclared.class,
                        fact -> new InterestDeclared(
                                fact.enrolmentId(),
                                fact.programmeId(),
                                fact.municipalityCode(),
                                fact.municipalityName(),
                                fact.interested(),
                                fact.focusAreas(),
                                fact.declaredAt(),
                                fact.late()))
                .map(EnrolmentEvent.Joined.class, MunicipalityJoined.class, RegistrationOutboundEvents::joined)
                .map(
                        EnrolmentEvent.Withdrew.class,
                        MunicipalityWithdrew.class,
                        fact -> new MunicipalityWithdrew(
                                fact.enrolmentId(),
                                fact.programmeId(),
                                fact.municipalityCode(),
                                fact.withdrawnOn(),
                                fact.reason()))
                .map(
                        EnrolmentEvent.ParticipantRegistered.class,
                        ParticipantRegistered.class,
                        RegistrationOutboundEvents::participantRegistered)
                .map(
                        EnrolmentEvent.ParticipantRemoved.class,
                        ParticipantRemoved.class,
                        fact -> new ParticipantRemoved(
                                fact.enrolmentId(),
                                fact.programmeId(),
                                fact.municipalityCode(),
                                fact.participantId(),
                                fact.replacedBy()))
                .map(
                        EnrolmentEvent.ParticipantErased.class,
                        ParticipantErased.class,
                        fact -> new ParticipantErased(
                                fact.enrolmentId(),
                                fact.programmeId(),
                                fact.municipalityCode(),
                                fact.participantId(),
                                ParticipantErased.ErasureCause.valueOf(
                                        fact.erasure().cause().name()),
                                fact.erasure().erasedAt()))
                .topic(Topic.NETWORKS)
                .map(NetworkEvent.Formed.class, NetworkFormed.class, RegistrationOutboundEvents::networkFormed)
                .map(NetworkEvent.Changed.class, NetworkChanged.class, RegistrationOutboundEvents::networkChanged)
                .topic(Topic.MUNICIPALITIES)
                .map(
                        MunicipalityEvent.ContactsChanged.class,
                        MunicipalityContactsChanged.class,
                        fact -> new MunicipalityContactsChanged(
                                fact.municipalityCode(),
                                fact.municipalityName(),
                                contact(fact.contacts().coordinator()),
                                contact(fact.contacts().directorsOffice()),
                                contact(fact.contacts().invoiceContact()),
                                fact.changedAt()))
                .map(
                        MunicipalityEvent.BillingProfileChanged.class,
                        BillingProfileChanged.class,
                        fact -> new BillingProfileChanged(
                                fact.municipalityCode(),
                                fact.municipalityName(),
                                billingDetails(InvoiceRecipient.from(fact.profile())),
                                fact.changedAt()))
                .build();
    }

    private static ProgrammePublished published(ProgrammeEvent.Published fact) {
        ProgrammeTerms terms = fact.terms();
        return new ProgrammePublished(
                fact.programmeId(),
                ProgrammeKind.valueOf(terms.kind().name()),
                terms.title(),
                terms.theme(),
                terms.startsOn(),
                terms.endsOn(),
                terms.price(),
                CURRENCY,
                terms.vatRate(),
                terms.instalments().stream()
                        .map(i -> new Instalment(i.dueOffsetMonths(), i.share()))
                        .toList(),
                terms.focusAreas(),
                terms.maxParticipants(),
                terms.maxPoliticians(),
                terms.interestDeadline(),
                terms.approvalDeadline(),
                fact.frameworkKey());
    }

    private static MunicipalityJoined joined(EnrolmentEvent.Joined fact) {
        InvoiceRecipient recipient = fact.invoiceRecipient();
        return new MunicipalityJoined(
                fact.enrolmentId(),
                fact.programmeId(),
                fact.municipalityCode(),
                fact.municipalityName(),
                fact.joinedOn(),
                new CouncilDecision(
                        fact.councilDecision().date(), fact.councilDecision().reference()),
                billingDetails(recipient));
    }

    private static ParticipantRegistered participantRegistered(EnrolmentEvent.ParticipantRegistered fact) {
        Participant participant = fact.participant();
        return new ParticipantRegistered(
                fact.enrolmentId(),
                fact.programmeId(),
                fact.municipalityCode(),
                participant.id(),
                participant.name(),
                participant.email(),
                ParticipantRole.valueOf(participant.role().name()),
                fact.replaces());
    }

    private static NetworkFormed networkFormed(NetworkEvent.Formed fact) {
        Network network = fact.network();
        return new NetworkFormed(
                network.id(), fact.programmeId(), network.name(), network.municipalityCodes(), network.focusAreas());
    }

    private static NetworkChanged networkChanged(NetworkEvent.Changed fact) {
        Network network = fact.network();
        NetworkChange change = fact.change();
        return new NetworkChanged(
                network.id(),
                fact.programmeId(),
                network.name(),
                network.municipalityCodes(),
                network.focusAreas(),
                fact.revision(),
                new NetworkChanged.Change(
                        NetworkChanged.ChangeKind.valueOf(change.kind().name()),
                        change.municipalityCode(),
                        change.fromNetworkId(),
                        change.toNetworkId(),
                        change.reason()),
                fact.changedAt());
    }

    private static BillingDetails billingDetails(InvoiceRecipient recipient) {
        return new BillingDetails(
                recipient.ean(),
                recipient.cvr(),
                recipient.buyerReference(),
                new PostalAddress(
                        recipient.address().street(),
                        recipient.address().postalCode(),
                        recipient.address().city(),
                        recipient.address().countryCode()),
                recipient.orderReference(),
                recipient.accountingCost());
    }

    private static Contact contact(ContactPerson person) {
        return person == null ? null : new Contact(person.name(), person.email());
    }
}
