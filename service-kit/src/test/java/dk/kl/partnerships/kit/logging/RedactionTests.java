package dk.kl.partnerships.kit.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonWriter;

class RedactionTests {

    @Test
    void addressesAreReplacedAndTheRestKept() {
        assertThat(Redaction.addresses("550 5.1.1 <Anna.Berg+kl@vejle.kommune.dk>: no such user; cc ib@kk.dk"))
                .isEqualTo("550 5.1.1 <<e-mail address>>: no such user; cc <e-mail address>");
        assertThat(Redaction.addresses("Meeting 3f1c2a9e at 09:30, /api/meetings/x@1"))
                .isEqualTo("Meeting 3f1c2a9e at 09:30, /api/meetings/x@1");
        assertThat(Redaction.addresses(null)).isNull();
    }

    @Test
    void jsonLogLinesCarryNoAddressInAnyTextValue() {
        JsonWriter<String[]> writer = JsonWriter.of(members -> {
            members.add("message", line -> line[0]);
            members.add("error").usingMembers(error -> error.add("stack_trace", line -> line[1]));
            new RedactedJsonLogs().customize(uncheckedMembers(members));
        });

        String written = writer.writeToString(new String[] {
            "Sent to anna.berg@vejle.dk", "java.lang.IllegalStateException: bo@aarhus.dk\\n\\tat X.y(X.java:1)"
        });

        assertThat(written).doesNotContain("anna.berg@vejle.dk").doesNotContain("bo@aarhus.dk");
        assertThat(written).contains("Sent to <e-mail address>").contains("IllegalStateException");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static JsonWriter.Members<Object> uncheckedMembers(JsonWriter.Members<String[]> members) {
        return (JsonWriter.Members) members;
    }
}
