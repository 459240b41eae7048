package dk.kl.partnerships.meeting.calendar;

import dk.kl.partnerships.kit.domain.ConflictRetry;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Calendar applications subscribe to a URL and cannot send a bearer token, so a feed URL carries
 * its own ({@link FeedTokenSigner}). Anyone with the URL can read that one feed and nothing else,
 * until the URL expires, the key that signed it is removed, or the feed's URLs are revoked: that
 * starts the feed's next generation, and only tokens of the current generation open the feed.
 */
@Service
public class SubscriptionTokens {

    /** A subscription token and when it stops working. */
    public record Issued(String token, Instant expiresAt) {}

    private final FeedTokenSigner signer;
    private final FeedGenerationRepository generations;

    SubscriptionTokens(CalendarSettings settings, FeedGenerationRepository generations, Clock clock) {
        this.signer = new FeedTokenSigner(settings, clock);
        this.generations = generations;
    }

    /** A token for the feed, signed with the current key, of the feed's current generation. */
    public Issued issue(String feed) {
        return signer.sign(feed, generation(feed));
    }

    /** Whether the token opens the feed: signed by a known key, not expired and not revoked. */
    public boolean valid(String feed, String token) {
        return signer.generationOf(feed, token).stream().anyMatch(g -> g == generation(feed));
    }

    /** Revokes every URL of the feed handed out so far; the next one handed out works. */
    public void revokeAll(String feed) {
        ConflictRetry.upsert(
                () -> generations.findById(feed),
                () -> FeedGeneration.first(feed),
                FeedGeneration::revoke,
                generations::save);
    }

    private long generation(String feed) {
        return generations.findById(feed).map(FeedGeneration::generation).orElse(0L);
    }
}
