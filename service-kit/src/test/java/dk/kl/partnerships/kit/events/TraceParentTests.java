package dk.kl.partnerships.kit.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceParentTests {

    @Test
    void withoutTracingEveryEventStartsAValidW3cTrace() {
        TraceParent traceParent = new TraceParent(null);

        String first = traceParent.current();
        String second = traceParent.current();

        assertThat(first).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(second).isNotEqualTo(first);
    }
}
