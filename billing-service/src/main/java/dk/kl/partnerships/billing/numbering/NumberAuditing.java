package dk.kl.partnerships.billing.numbering;

import dk.kl.partnerships.billing.creditnote.CreditNote;
import dk.kl.partnerships.billing.invoice.Invoice;
import dk.kl.partnerships.kit.metrics.StateGauges;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Audits of both numbered series, and the {@code partnerships.billing.number.gaps} gauge of the
 * current year's.
 */
@Service
public class NumberAuditing {

    private final NumberAuditor auditor;
    private final Clock clock;
    private final Map<String, String> collections;

    NumberAuditing(MongoTemplate mongo, Clock clock, StateGauges gauges) {
        this.auditor = new NumberAuditor(mongo);
        this.clock = clock;
        this.collections = Map.of(
                Invoice.SERIES,
                mongo.getCollectionName(Invoice.class),
                CreditNote.SERIES,
                mongo.getCollectionName(CreditNote.class));
        for (String series : collections.keySet()) {
            gauges.value(
                    "partnerships.billing.number.gaps",
                    "Numbers missing from a gapless series this year (should always be 0)",
                    null,
                    Tags.of("series", series),
                    () -> gapsNow(series));
        }
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    public List<NumberAudit> audit(int year) {
        return List.of(
                auditor.audit(collections.get(Invoice.SERIES), Invoice.SERIES, year),
                auditor.audit(collections.get(CreditNote.SERIES), CreditNote.SERIES, year));
    }

    private double gapsNow(String series) {
        NumberAudit audit = auditor.audit(collections.get(series), series, currentYear());
        return audit.gapCount() + audit.duplicates();
    }
}
