package dk.kl.partnerships.kit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.messaging.MessagingException;

class FailuresTests {

    @Test
    void anUnreachableStoreATimeoutAndAWriteConflictPassByThemselves() {
        assertThat(Failures.isTransient(new DataAccessResourceFailureException("store down")))
                .isTrue();
        assertThat(Failures.isTransient(new MongoTimeoutException("no server"))).isTrue();
        assertThat(Failures.isTransient(
                        new MessagingException("wrapped", new MongoSocketReadException("reset", new ServerAddress()))))
                .isTrue();
        assertThat(Failures.isTransient(new OptimisticLockingFailureException("changed meanwhile")))
                .isTrue();
    }

    @Test
    void aMalformedRecordAndAFaultInTheHandlerDoNotPassByThemselves() {
        assertThat(Failures.isTransient(new MalformedEventException("MunicipalityJoined x has an invalid payload")))
                .isFalse();
        assertThat(Failures.isTransient(new IllegalStateException("bug"))).isFalse();
        assertThat(Failures.isTransient(new DuplicateKeyException("exists"))).isFalse();
    }

    @Test
    void theReasonIsTheFailureBelowTheMessagingWrappers() {
        assertThat(Failures.reason(
                        new MessagingException("Listener failed", new MalformedEventException("no ce_type"))))
                .isEqualTo("no ce_type");
    }

    @Test
    void noEmailAddressReachesTheDeadLetterHeaders() {
        Exception failure = new MessagingException(
                "Listener failed",
                new DuplicateKeyException("E11000 duplicate key error dup key: { email: \"anna.berg@vejle.dk\" }"));
        RecordHeaders headers = new RecordHeaders();

        ConsumerFailureHandling.exceptionHeaders(headers, failure, false, null);

        assertThat(Failures.reason(failure)).doesNotContain("anna.berg").contains("<e-mail address>");
        for (String name : List.of("x-exception-message", "x-exception-stacktrace")) {
            assertThat(new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8))
                    .contains("duplicate key")
                    .doesNotContain("anna.berg@vejle.dk");
        }
    }
}
