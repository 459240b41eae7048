package dk.kl.partnerships.billing.numbering;

import dk.kl.partnerships.kit.metrics.StateGauges;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Audits of every numbered series (invoices, credit notes), and the
 * {@code partnerships.billing.number.gaps} gauge of the current year's.
 */
@Service
public class NumberAuditing {

    private final NumberAuditor auditor;
    private final Clock clock;
    private final List<NumberedSeries> series;

    NumberAuditing(MongoTemplate mongo, Clock clock, StateGauges gauges, List<NumberedSeries> series) {
        this.auditor = new NumberAuditor(mongo);
        this.clock = clock;
        this.series = List.copyOf(series);
        for (NumberedSeries numbered : this.series) {
            gauges.value(
                    "partnerships.billing.number.gaps",
                    "Numbers missing from a gapless series this year (should always be 0)",
                    null,
                    Tags.of("series", numbered.series()),
                    () -> gapsNow(numbered));
        }
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    public List<NumberAudit> audit(int year) {
        return series.stream()
                .map(numbered -> auditor.audit(numbered.collection(), numbered.series(), year))
                .toList();
    }

    private double gapsNow(NumberedSeries numbered) {
        return auditor.gaps(numbered.collection(), numbered.series(), currentYear());
    }
}
