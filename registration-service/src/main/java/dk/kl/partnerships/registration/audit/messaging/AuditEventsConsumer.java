package dk.kl.partnerships.registration.audit.messaging;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.audit.AuditRecorded;
import dk.kl.partnerships.kit.messaging.EventConsumers;
import dk.kl.partnerships.registration.audit.AuditLog;
import dk.kl.partnerships.registration.audit.AuditLogEntry;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The audit entries of each publishing service, from its own audit topic: the topic, type and source
 * prove which service's they are, and an entry that names another service is dead-lettered by the kit.
 */
@Configuration(proxyBeanMethods = false)
class AuditEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> onRegistrationAudit(EventConsumers consumers, AuditLog log) {
        return consumerOf(consumers, EventType.REGISTRATION_AUDIT_RECORDED, log);
    }

    @Bean
    Consumer<Message<byte[]>> onMeetingAudit(EventConsumers consumers, AuditLog log) {
        return consumerOf(consumers, EventType.MEETING_AUDIT_RECORDED, log);
    }

    @Bean
    Consumer<Message<byte[]>> onEvaluationAudit(EventConsumers consumers, AuditLog log) {
        return consumerOf(consumers, EventType.EVALUATION_AUDIT_RECORDED, log);
    }

    @Bean
    Consumer<Message<byte[]>> onBillingAudit(EventConsumers consumers, AuditLog log) {
        return consumerOf(consumers, EventType.BILLING_AUDIT_RECORDED, log);
    }

    private static Consumer<Message<byte[]>> consumerOf(EventConsumers consumers, EventType type, AuditLog log) {
        return consumers
                .of(type.topic())
                .on(type, AuditRecorded.class, (event, metadata) -> log.record(entryOf(event)))
                .build();
    }

    static AuditLogEntry entryOf(AuditRecorded event) {
        var actor = event.actor();
        return new AuditLogEntry(
                event.eventId(),
                event.service(),
                event.eventType(),
                event.subject(),
                event.programmeId(),
                event.municipalityCodes(),
                new AuditLogEntry.Actor(
                        actor.kind().name(),
                        actor.userId(),
                        actor.roles(),
                        actor.municipalityCode(),
                        actor.eventType(),
                        actor.eventId()),
                event.recordedAt());
    }
}
