package dk.kl.partnerships.billing.registration.messaging;

import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.billing.invoice.Cause;
import dk.kl.partnerships.billing.registration.BuyerDetails;
import dk.kl.partnerships.billing.registration.InstalmentInvoicing;
import dk.kl.partnerships.billing.registration.Joining;
import dk.kl.partnerships.billing.registration.Leaving;
import dk.kl.partnerships.billing.registration.MunicipalityNames;
import dk.kl.partnerships.billing.registration.ProgrammeTerms;
import dk.kl.partnerships.contracts.PostalAddress;
import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.registration.BillingDetails;
import dk.kl.partnerships.contracts.registration.BillingProfileChanged;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.MunicipalityWithdrew;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import dk.kl.partnerships.kit.messaging.EventConsumers;
import dk.kl.partnerships.kit.messaging.EventMetadata;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The registration events billing acts on, each turned from its contract into one use-case call. */
@Configuration(proxyBeanMethods = false)
class RegistrationEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> onProgrammeEvent(EventConsumers consumers, InstalmentInvoicing billing) {
        return consumers
                .of(Topic.PROGRAMMES)
                .on(ProgrammePublished.class, (event, metadata) -> billing.programmePublished(terms(event)))
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> onEnrolmentEvent(
            EventConsumers consumers, InstalmentInvoicing billing, MunicipalityNames names) {
        return consumers
                .of(Topic.ENROLMENTS)
                .on(
                        MunicipalityJoined.class,
                        (event, metadata) -> billing.joined(
                                event.enrolmentId(),
                                event.programmeId(),
                                event.municipalityCode(),
                                new Joining(
                                        event.joinedOn(),
                                        buyer(event.municipalityCode(), event.billing(), names),
                                        cause(metadata),
                                        metadata.time())))
                .on(
                        MunicipalityWithdrew.class,
                        (event, metadata) -> billing.withdrew(
                                event.enrolmentId(),
                                event.programmeId(),
                                event.municipalityCode(),
                                new Leaving(event.withdrawnOn(), event.reason(), cause(metadata))))
                .build();
    }

    @Bean
    Consumer<Message<byte[]>> onMunicipalityEvent(
            EventConsumers consumers, BuyerDetails buyers, MunicipalityNames names) {
        return consumers
                .of(Topic.MUNICIPALITIES)
                .on(
                        BillingProfileChanged.class,
                        (event, metadata) -> buyers.profileChanged(
                                event.municipalityCode(),
                                buyer(event.municipalityCode(), event.billing(), names),
                                event.changedAt()))
                .build();
    }

    private static ProgrammeTerms terms(ProgrammePublished event) {
        return new ProgrammeTerms(
                event.programmeId(),
                event.kind().name(),
                event.title(),
                event.startsOn(),
                event.endsOn(),
                event.price(),
                event.vatRate(),
                event.currency(),
                event.instalments().stream()
                        .map(i -> new ProgrammeTerms.Instalment(i.dueOffsetMonths(), i.share()))
                        .toList());
    }

    private static Buyer buyer(String municipalityCode, BillingDetails billing, MunicipalityNames names) {
        PostalAddress address = billing.address();
        return new Buyer(
                names.officialName(municipalityCode),
                billing.ean(),
                billing.cvr(),
                billing.buyerReference(),
                new Buyer.Address(address.street(), address.postalCode(), address.city(), address.countryCode()),
                billing.orderReference(),
                billing.accountingCost());
    }

    private static Cause cause(EventMetadata metadata) {
        return new Cause(metadata.type().eventName(), metadata.id());
    }
}
