package dk.kl.partnerships.kit.messaging;

import dk.kl.partnerships.kit.logging.Redaction;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * What a consumer does with a record its handler failed on, by the kind of failure
 * ({@link Failures}): a transient one is retried with back-off (doubling up to {@code maxBackOff})
 * for as long as it lasts, one awaiting another topic's event likewise but for up to {@code awaitLimit},
 * a permanent one goes to the dead-letter topic at once, any other after the
 * binding's attempts ({@code max-attempts}, 3). The listener container does this, not the binding:
 * between attempts it polls again, so even a long outage never makes Kafka think the consumer died.
 * A dead letter keeps the record's own headers and adds {@code x-original-topic}, {@code
 * -partition}, {@code -offset} and the reason in {@code x-exception-message}.
 */
public class ConsumerFailureHandling implements ListenerContainerWithDlqAndRetryCustomizer {

    private static final Logger log = LoggerFactory.getLogger(ConsumerFailureHandling.class);
    private static final int STACK_TRACE_LIMIT = 4000;

    private final KafkaOperations<byte[], byte[]> deadLetters;
    private final DeadLetterRouting routing;
    private final Duration initialBackOff;
    private final Duration maxBackOff;
    private final Duration awaitLimit;

    public ConsumerFailureHandling(
            KafkaOperations<byte[], byte[]> deadLetters,
            DeadLetterRouting routing,
            Duration initialBackOff,
            Duration maxBackOff,
            Duration awaitLimit) {
        this.deadLetters = deadLetters;
        this.routing = routing;
        this.initialBackOff = initialBackOff;
        this.maxBackOff = maxBackOff;
        this.awaitLimit = awaitLimit;
    }

    @Override
    public void configure(
            AbstractMessageListenerContainer<?, ?> container,
            String destinationName,
            String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
            BackOff backOff) {
        // Dead-letter topics have one partition (TopicDeclaration.deadLetters).
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
                deadLetters, (record, exception) -> new TopicPartition(routing.apply(record, exception), 0));
        recoverer.setHeaderNamesSupplier(ConsumerFailureHandling::headerNames);
        recoverer.setExceptionHeadersCreator(ConsumerFailureHandling::exceptionHeaders);
        DefaultErrorHandler handler =
                new DefaultErrorHandler(recoverer, backOff == null ? new FixedBackOff(0, 0) : backOff);
        handler.setBackOffFunction((record, exception) -> {
            if (Failures.isTransient(exception)) {
                return retrying(Long.MAX_VALUE);
            }
            return Failures.awaitsAnotherEvent(exception) ? retrying(awaitLimit.toMillis()) : null;
        });
        handler.addNotRetryableExceptions(MalformedEventException.class);
        handler.setRetryListeners(new Logging());
        // Each attempt is logged once, by Logging; the handler's own line per attempt would flood an outage.
        handler.setLogLevel(KafkaException.Level.DEBUG);
        container.setCommonErrorHandler(handler);
    }

    /** Retries and dead-lettering are the container's, not the binding's. */
    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }

    /** Doubling waits up to the longest back-off, until the waits add up to {@code forMillis}. */
    private BackOff retrying(long forMillis) {
        ExponentialBackOff backOff = new ExponentialBackOff(initialBackOff.toMillis(), 2.0);
        backOff.setMaxInterval(maxBackOff.toMillis());
        backOff.setMaxElapsedTime(forMillis);
        backOff.setMaxAttempts(Long.MAX_VALUE);
        return backOff;
    }

    /** The header names the binder's own dead-lettering uses, so operators see the same whichever wrote it. */
    private static HeaderNames headerNames() {
        return HeaderNames.Builder.original()
                .topicHeader("x-original-topic")
                .partitionHeader("x-original-partition")
                .offsetHeader("x-original-offset")
                .timestampHeader("x-original-timestamp")
                .timestampTypeHeader("x-original-timestamp-type")
                .consumerGroupHeader("x-original-consumer-group")
                .exception()
                .exceptionFqcn("x-exception-fqcn")
                .exceptionCauseFqcn("x-exception-cause-fqcn")
                .exceptionMessage("x-exception-message")
                .exceptionStacktrace("x-exception-stacktrace")
                .keyExceptionFqcn("x-key-exception-fqcn")
                .keyExceptionMessage("x-key-exception-message")
                .keyExceptionStacktrace("x-key-exception-stacktrace")
                .build();
    }

    /** The reason and where it happened, without the e-mail addresses an exception message may quote. */
    static void exceptionHeaders(Headers headers, Exception exception, boolean isKey, HeaderNames names) {
        Throwable cause = Failures.unwrapped(exception);
        StringWriter stackTrace = new StringWriter();
        cause.printStackTrace(new PrintWriter(stackTrace));
        String trace = Redaction.addresses(stackTrace.toString());
        headers.remove("x-exception-fqcn");
        headers.remove("x-exception-message");
        headers.remove("x-exception-stacktrace");
        headers.add("x-exception-fqcn", bytes(cause.getClass().getName()));
        headers.add("x-exception-message", bytes(Failures.reason(exception)));
        headers.add(
                "x-exception-stacktrace",
                bytes(trace.length() > STACK_TRACE_LIMIT ? trace.substring(0, STACK_TRACE_LIMIT) : trace));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** One line per failed attempt of a transient or awaiting failure, at first and then every tenth, so an outage is visible without flooding the log. */
    private static final class Logging implements RetryListener {

        @Override
        public void failedDelivery(ConsumerRecord<?, ?> record, Exception exception, int attempt) {
            if (Failures.isTransient(exception) || Failures.awaitsAnotherEvent(exception)) {
                if (attempt == 1 || attempt % 10 == 0) {
                    log.warn(
                            "{}-{}@{} failed ({} so far), retrying: {}",
                            record.topic(),
                            record.partition(),
                            record.offset(),
                            attempt,
                            Failures.reason(exception));
                }
            } else {
                log.warn(
                        "{}-{}@{} failed (attempt {}): {}",
                        record.topic(),
                        record.partition(),
                        record.offset(),
                        attempt,
                        Failures.reason(exception));
            }
        }
    }
}
