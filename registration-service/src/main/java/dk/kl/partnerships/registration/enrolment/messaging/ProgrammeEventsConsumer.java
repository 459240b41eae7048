package dk.kl.partnerships.registration.enrolment.messaging;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.registration.ProgrammeCompleted;
import dk.kl.partnerships.kit.messaging.EventConsumers;
import dk.kl.partnerships.registration.enrolment.Enrolling;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Completes the joined enrolments of a completed programme. Done from the published event rather
 * than in the same request, so that completing a programme stays one atomic write and the
 * enrolments follow reliably, even across a crash.
 */
@Configuration(proxyBeanMethods = false)
class ProgrammeEventsConsumer {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeEventsConsumer.class);

    @Bean
    Consumer<Message<byte[]>> onProgrammeEvent(EventConsumers consumers, Enrolling enrolments) {
        return consumers
                .of(Topic.PROGRAMMES)
                .on(ProgrammeCompleted.class, (event, metadata) -> {
                    int completed = enrolments.completeProgramme(event.programmeId(), event.completedOn());
                    log.info("Programme {} completed: {} enrolments completed", event.programmeId(), completed);
                })
                .build();
    }
}
