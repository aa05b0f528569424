package tw.ourdata.estate.common;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * A token bucket per caller for a public endpoint. Buckets live in a bounded cache that forgets
 * idle callers, so a flood of addresses costs bounded memory.
 *
 * <p>Each server node counts for itself: with several nodes a caller gets at most the limit per
 * node, which is enough to keep one family's calculator usable and a scraper slow.
 */
public final class RateLimiter {

    private final Cache<String, Bucket> buckets;
    private final long perMinute;

    public RateLimiter(long perMinute) {
        this.perMinute = perMinute;
        this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    /** Takes one token for this caller; when none is left, throws 429 with the wait in seconds. */
    public void acquire(String caller) {
        Bucket bucket = buckets.get(caller, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            throw ApiException.tooManyRequests(seconds);
        }
    }
}
