package dk.kl.partnerships.billing.demo;

import dk.kl.partnerships.billing.demo.DemoInvoicingConfiguration.HistoryTime;
import dk.kl.partnerships.billing.registration.BillingProgrammeRepository;
import dk.kl.partnerships.billing.registration.InstalmentInvoicing;
import dk.kl.partnerships.billing.registration.MembershipRepository;
import dk.kl.partnerships.kit.domain.BusinessTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Invoices the demonstration's history as billing would have invoiced it then: each instalment on
 * the day it fell due — the first on the day registration recorded the joining, a partnership's
 * second twelve months later — with its due date 30 days on, its number in the series of its year
 * and its {@code InvoiceIssued}, e-invoice and PDF as any invoice's. Billing's own
 * {@link InstalmentInvoicing} does it, reading a {@link HistoryClock} moved from one due date to the
 * next in date order, so the numbers ascend with the dates across every programme.
 *
 * <p>Registration loads the history at its start-up and billing learns it from its events, in any
 * order. Until they have stopped arriving (the memberships and programmes known are the same at two
 * looks) the history clock stands before the history, so nothing is invoiced on arrival; then the
 * history is invoiced once, and the clock follows the system clock for good — on later runs from the
 * start. A joining arriving again finds its instalments invoiced. Runs with the {@code demo} profile.
 */
@Component
@Profile("demo")
class DemoInvoices {

    static final String HISTORY = "demo_history";
    private static final String INVOICES = "invoices";
    /** Invoices of the history are issued at this time of day. */
    private static final LocalTime ISSUED_AT = LocalTime.of(10, 0);

    private static final Logger log = LoggerFactory.getLogger(DemoInvoices.class);

    private final InstalmentInvoicing invoicing;
    private final MembershipRepository memberships;
    private final BillingProgrammeRepository programmes;
    private final MongoTemplate mongo;
    private final HistoryClock history;
    private final Clock clock;
    private String lastSeen;

    DemoInvoices(
            InstalmentInvoicing invoicing,
            MembershipRepository memberships,
            BillingProgrammeRepository programmes,
            MongoTemplate mongo,
            HistoryTime history,
            Clock clock) {
        this.invoicing = invoicing;
        this.memberships = memberships;
        this.programmes = programmes;
        this.mongo = mongo;
        this.history = history.clock();
        this.clock = clock;
    }

    /** Whether the history was invoiced on this or an earlier run. */
    static boolean historyInvoiced(MongoTemplate mongo) {
        return mongo.findById(INVOICES, Document.class, HISTORY) != null;
    }

    @Scheduled(
            initialDelayString = "${partnerships.demo.poll-interval:10s}",
            fixedDelayString = "${partnerships.demo.poll-interval:10s}")
    void poll() {
        try {
            int issued = load();
            if (issued > 0) {
                log.info("Demonstration: {} memberships invoiced as of their history", issued);
            }
        } catch (RuntimeException e) {
            log.warn("Demonstration invoices could not be issued now; trying again at the next look", e);
        }
    }

    /**
     * One look: once the history has stopped arriving, invoices it due date by due date.
     *
     * @return how many times a membership was settled (0 when there was nothing to do)
     */
    synchronized int load() {
        if (history.followsSystem()) {
            return 0;
        }
        String known = memberships.count() + "/" + programmes.count();
        boolean settled = known.equals(lastSeen);
        lastSeen = known;
        if (memberships.count() == 0 || !settled) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        int settledMemberships = 0;
        LocalDate previous = null;
        Optional<LocalDate> next;
        while ((next = invoicing.earliestDueBy(today)).isPresent()
                && !next.get().equals(previous)) {
            previous = next.get();
            history.holdAt(previous.atTime(ISSUED_AT).atZone(BusinessTime.ZONE).toInstant());
            settledMemberships += invoicing.invoiceDueInstalments();
        }
        mongo.save(new Document("_id", INVOICES).append("invoicedAt", Instant.now(clock)), HISTORY);
        history.followSystem();
        log.info("Demonstration: the history is invoiced; instalments are invoiced as they fall due from now on");
        return settledMemberships;
    }
}
