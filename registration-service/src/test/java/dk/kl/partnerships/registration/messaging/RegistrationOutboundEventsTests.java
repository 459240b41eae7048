package dk.kl.partnerships.registration.messaging;

import dk.kl.partnerships.kit.test.GoldenSamples;
import dk.kl.partnerships.registration.enrolment.CouncilDecision;
import dk.kl.partnerships.registration.enrolment.EnrolmentEvent;
import dk.kl.partnerships.registration.enrolment.InvoiceRecipient;
import dk.kl.partnerships.registration.enrolment.Participant;
import dk.kl.partnerships.registration.enrolment.ParticipantErasure;
import dk.kl.partnerships.registration.enrolment.ParticipantRole;
import dk.kl.partnerships.registration.municipality.BillingProfile;
import dk.kl.partnerships.registration.municipality.ContactPerson;
import dk.kl.partnerships.registration.municipality.InvoiceAddress;
import dk.kl.partnerships.registration.municipality.MunicipalityContacts;
import dk.kl.partnerships.registration.municipality.MunicipalityEvent;
import dk.kl.partnerships.registration.network.Network;
import dk.kl.partnerships.registration.network.NetworkChange;
import dk.kl.partnerships.registration.network.NetworkEvent;
import dk.kl.partnerships.registration.programme.Instalment;
import dk.kl.partnerships.registration.programme.ProgrammeEvent;
import dk.kl.partnerships.registration.programme.ProgrammeKind;
import dk.kl.partnerships.registration.programme.ProgrammeTerms;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every event registration publishes goes on the wire exactly as its golden sample. */
class RegistrationOutboundEventsTests {

    static final String PROGRAMME = "3f1c2a9e-6d1b-4c57-9a0e-2b7d8c1e5f40";
    static final String ENROLMENT = "8a4e0b6c-2f3d-4e1a-b5c7-9d0e1f2a3b4c";
    static final String PARTICIPANT = "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e";

    @Test
    void everyDomainEventIsPublishedAsItsGoldenSample() {
        ProgrammeTerms terms = new ProgrammeTerms(
                ProgrammeKind.PARTNERSHIP,
                "Partnerskab om kvalitet i SFO- og klubtilbud",
                "SFO og klub",
                LocalDate.of(2022, 1, 10),
                LocalDate.of(2023, 12, 15),
                new BigDecimal("110000.00"),
                new BigDecimal("25.00"),
                List.of(new Instalment(0, new BigDecimal("0.50")), new Instalment(12, new BigDecimal("0.50"))),
                List.of(
                        "strategisk ledelse",
                        "faglig ledelse",
                        "tværprofessionel ledelse",
                        "evalueringskultur",
                        "fritidspædagogisk kvalitet",
                        "børn og unges trivsel"),
                5,
                2,
                LocalDate.of(2021, 10, 1),
                LocalDate.of(2021, 12, 1),
                4,
                10);
        Instant registeredAt = Instant.parse("2021-12-01T10:00:00Z");

        GoldenSamples.assertPublishedAsGoldenSamples(
                "registration-service",
                new RegistrationOutboundEvents().outboundEvents(),
                List.of(
                        new ProgrammeEvent.Published(
                                PROGRAMME, terms, "sfo-klub", Instant.parse("2021-09-01T08:00:00Z")),
                        new ProgrammeEvent.Completed(PROGRAMME, LocalDate.of(2023, 12, 15)),
                        new EnrolmentEvent.InterestDeclared(
                                ENROLMENT,
                                PROGRAMME,
                                "630",
                                "Vejle",
                                true,
                                List.of("faglig ledelse", "evalueringskultur"),
                                Instant.parse("2021-09-20T08:15:00Z"),
                                false),
                        new EnrolmentEvent.Joined(
                                ENROLMENT,
                                PROGRAMME,
                                "630",
                                "Vejle",
                                LocalDate.of(2021, 11, 25),
                                new CouncilDecision(LocalDate.of(2021, 11, 24), "21/12345"),
                                new InvoiceRecipient(
                                        "5798000012349",
                                        "29189900",
                                        "BUV-4711",
                                        new InvoiceAddress("Skolegade 1", "7100", "Vejle", "DK"),
                                        null,
                                        null)),
                        new EnrolmentEvent.Withdrew(
                                ENROLMENT,
                                PROGRAMME,
                                "630",
                                LocalDate.of(2022, 2, 1),
                                "Budget cuts decided by the council"),
                        new EnrolmentEvent.ParticipantRegistered(
                                ENROLMENT,
                                PROGRAMME,
                                "630",
                                new Participant(
                                        PARTICIPANT,
                                        "Mette Jensen",
                                        "mette.jensen@vejle.dk",
                                        ParticipantRole.SCHOOL_LEADER,
                                        registeredAt),
                                null),
                        new EnrolmentEvent.ParticipantRemoved(
                                ENROLMENT, PROGRAMME, "630", PARTICIPANT, registeredAt.plusSeconds(3600), null),
                        new EnrolmentEvent.ParticipantErased(
                                ENROLMENT,
                                PROGRAMME,
                                "630",
                                PARTICIPANT,
                                new ParticipantErasure(
                                        Instant.parse("2026-03-02T10:15:00Z"),
                                        ParticipantErasure.Cause.REQUEST,
                                        "Kommunen har videresendt anmodningen")),
                        new NetworkEvent.Formed(
                                PROGRAMME,
                                new Network(
                                        "c0ffee00-1111-4222-8333-444455556666",
                                        "Netværk Syd",
                                        List.of("630", "657", "756", "615"),
                                        List.of("faglig ledelse", "evalueringskultur")),
                                Instant.parse("2022-01-05T12:00:00Z")),
                        new NetworkEvent.Changed(
                                PROGRAMME,
                                new Network(
                                        "c0ffee00-1111-4222-8333-444455556666",
                                        "Netværk Syd",
                                        List.of("630", "657", "756", "615", "621"),
                                        List.of("faglig ledelse", "evalueringskultur")),
                                3,
                                new NetworkChange(
                                        NetworkChange.Kind.MOVED,
                                        "621",
                                        "d1e2f3a4-5b6c-4d7e-8f90-a1b2c3d4e5f6",
                                        "c0ffee00-1111-4222-8333-444455556666",
                                        "Kolding samarbejder allerede med Syd-netværket"),
                                Instant.parse("2026-05-04T08:15:00Z")),
                        new MunicipalityEvent.ContactsChanged(
                                "630",
                                "Vejle",
                                new MunicipalityContacts(
                                        new ContactPerson("Mette Holm", "mette.holm@vejle.dk"),
                                        new ContactPerson("Kommunaldirektørens sekretariat", "direktion@vejle.dk"),
                                        null),
                                Instant.parse("2026-03-01T09:30:00Z")),
                        new MunicipalityEvent.BillingProfileChanged(
                                "630",
                                "Vejle",
                                new BillingProfile(
                                        "29189900",
                                        List.of("5798000012356", "5798000012349"),
                                        "BUV-4712",
                                        new InvoiceAddress("Skolegade 1", "7100", "Vejle", "DK"),
                                        "PO-2026-118",
                                        "4.1.2.3-1234567"),
                                Instant.parse("2026-03-01T09:30:00Z"))));
    }
}
