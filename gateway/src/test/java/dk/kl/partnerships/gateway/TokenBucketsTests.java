package dk.kl.partnerships.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTests {

    private final AtomicLong now = new AtomicLong();

    @Test
    void aBurstThenTheSustainedRate() {
        TokenBuckets buckets = new TokenBuckets(2, 3, 100, Duration.ofMinutes(10), now::get);

        assertThat(buckets.take("a").remaining()).isEqualTo(2);
        buckets.take("a");
        buckets.take("a");
        TokenBuckets.Decision refused = buckets.take("a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(500));

        now.addAndGet(Duration.ofMillis(500).toNanos());
        assertThat(buckets.take("a").allowed()).isTrue();
        assertThat(buckets.take("a").allowed()).isFalse();
        assertThat(buckets.take("b").allowed())
                .as("each client has its own bucket")
                .isTrue();
    }

    @Test
    void memoryStaysBoundedByForgettingIdleClients() {
        TokenBuckets buckets = new TokenBuckets(1, 5, 10, Duration.ofSeconds(30), now::get);
        for (int i = 0; i < 10; i++) {
            buckets.take("client-" + i);
        }
        now.addAndGet(Duration.ofMinutes(1).toNanos());

        buckets.take("newcomer");

        assertThat(buckets.clients()).isEqualTo(1);
    }
}
