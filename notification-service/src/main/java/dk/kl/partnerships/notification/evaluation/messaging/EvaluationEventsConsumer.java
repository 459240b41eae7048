package dk.kl.partnerships.notification.evaluation.messaging;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.evaluation.SelfEvaluationRequested;
import dk.kl.partnerships.contracts.evaluation.SelfEvaluationSubmitted;
import dk.kl.partnerships.kit.messaging.EventConsumers;
import dk.kl.partnerships.notification.evaluation.SelfEvaluationNotifying;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Evaluation-service's self-evaluations. */
@Configuration(proxyBeanMethods = false)
class EvaluationEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> onSelfEvaluationEvent(EventConsumers consumers, SelfEvaluationNotifying notices) {
        return consumers
                .of(Topic.SELF_EVALUATIONS)
                .on(
                        SelfEvaluationRequested.class,
                        (event, metadata) -> notices.requested(
                                event.selfEvaluationId(),
                                event.programmeId(),
                                event.municipalityCode(),
                                event.round().name(),
                                event.dueOn()))
                .on(SelfEvaluationSubmitted.class, (event, metadata) -> notices.submitted(event.selfEvaluationId()))
                .build();
    }
}
