package dk.kl.partnerships.billing.numbering;

import dk.kl.partnerships.billing.creditnote.CreditNote;
import dk.kl.partnerships.billing.invoice.Invoice;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Audits of both numbered series, and the {@code partnerships.billing.number.gaps} gauge of the
 * current year's (read at most once a minute).
 */
@Service
public class NumberAudits {

    private static final Duration GAUGE_CACHE = Duration.ofMinutes(1);

    private final NumberAuditor auditor;
    private final Clock clock;
    private final Map<String, String> collections;
    private final Map<String, CachedGaps> gaps = new ConcurrentHashMap<>();

    NumberAudits(MongoTemplate mongo, Clock clock, MeterRegistry meters) {
        this.auditor = new NumberAuditor(mongo);
        this.clock = clock;
        this.collections = Map.of(Invoice.SERIES, mongo.getCollectionName(Invoice.class),
                CreditNote.SERIES, mongo.getCollectionName(CreditNote.class));
        for (String series : collections.keySet()) {
            Gauge.builder("partnerships.billing.number.gaps", () -> gapsNow(series))
                    .description("Numbers missing from a gapless series this year (should always be 0)")
                    .tag("series", series)
                    .register(meters);
        }
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    public List<NumberAudit> audit(int year) {
        return List.of(auditor.audit(collections.get(Invoice.SERIES), Invoice.SERIES, year),
                auditor.audit(collections.get(CreditNote.SERIES), CreditNote.SERIES, year));
    }

    private double gapsNow(String series) {
        CachedGaps cached = gaps.get(series);
        if (cached == null || cached.readAt().plus(GAUGE_CACHE).isBefore(clock.instant())) {
            NumberAudit audit = auditor.audit(collections.get(series), series, currentYear());
            cached = new CachedGaps(audit.gapCount() + audit.duplicates(), clock.instant());
            gaps.put(series, cached);
        }
        return cached.gaps();
    }

    private record CachedGaps(long gaps, Instant readAt) {
    }
}
