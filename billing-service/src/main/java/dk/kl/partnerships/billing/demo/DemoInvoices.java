package dk.kl.partnerships.billing.demo;

import dk.kl.partnerships.billing.demo.DemoInvoicingConfiguration.HistoryTime;
import dk.kl.partnerships.billing.invoice.Invoice;
import dk.kl.partnerships.billing.invoice.InvoiceRepository;
import dk.kl.partnerships.billing.invoice.InvoiceStatus;
import dk.kl.partnerships.billing.payment.PaymentTracking;
import dk.kl.partnerships.billing.registration.BillingProgrammeRepository;
import dk.kl.partnerships.billing.registration.InstalmentInvoicing;
import dk.kl.partnerships.billing.registration.MembershipRepository;
import dk.kl.partnerships.kit.domain.BusinessTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
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
 * <p>The municipalities paid them as they fell due: each invoice in full on the working day on or
 * before the fifth day before its due date, recorded by billing's own {@link PaymentTracking} on the
 * history clock, so its {@code InvoicePaid} tells that day. The payments are made in date order
 * between the invoicings, so whatever day the clock shows, every invoice due before it is paid;
 * the overdue check reads the same clock ({@link DemoInvoicingConfiguration}) and never finds one of
 * them unpaid. A payment's reference follows from its invoice, so a look that finds it recorded
 * (after a restart before the history was recorded as invoiced) records nothing again.
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
    /** ... and paid at this time of day. */
    private static final LocalTime PAID_AT = LocalTime.of(12, 0);
    /** A municipality paid on the working day on or before this many days before the due date. */
    private static final int PAID_DAYS_BEFORE_DUE = 5;
    /** The most days before the due date that makes: five, and back over a weekend. */
    private static final int PAID_AT_MOST_DAYS_BEFORE_DUE = PAID_DAYS_BEFORE_DUE + 2;

    private static final int BATCH = 100;

    private static final Logger log = LoggerFactory.getLogger(DemoInvoices.class);

    private final InstalmentInvoicing invoicing;
    private final PaymentTracking payments;
    private final InvoiceRepository invoices;
    private final MembershipRepository memberships;
    private final BillingProgrammeRepository programmes;
    private final MongoTemplate mongo;
    private final HistoryClock history;
    private final Clock clock;
    private String lastSeen;

    DemoInvoices(
            InstalmentInvoicing invoicing,
            PaymentTracking payments,
            InvoiceRepository invoices,
            MembershipRepository memberships,
            BillingProgrammeRepository programmes,
            MongoTemplate mongo,
            HistoryTime history,
            Clock clock) {
        this.invoicing = invoicing;
        this.payments = payments;
        this.invoices = invoices;
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
     * One look: once the history has stopped arriving, invoices it due date by due date, and pays
     * each invoice on its payment day in between.
     *
     * @return how many times a membership was settled (0 when there was nothing to do)
     */
    synchronized int load() {
        if (history.followsSystem()) {
            return 0;
        }
        long membershipsKnown = memberships.count();
        String known = membershipsKnown + "/" + programmes.count();
        boolean settled = known.equals(lastSeen);
        lastSeen = known;
        if (membershipsKnown == 0 || !settled) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        int settledMemberships = 0;
        int paid = 0;
        LocalDate previous = null;
        Optional<LocalDate> next;
        while ((next = invoicing.earliestDueBy(today)).isPresent()
                && !next.get().equals(previous)) {
            previous = next.get();
            paid += payBefore(previous);
            history.holdAt(at(previous, ISSUED_AT));
            settledMemberships += invoicing.invoiceDueInstalments();
        }
        paid += payBefore(today);
        if (paid > 0) {
            log.info("Demonstration: {} invoices of the history paid on the days the municipalities paid them", paid);
        }
        mongo.save(new Document("_id", INVOICES).append("invoicedAt", Instant.now(clock)), HISTORY);
        history.followSystem();
        log.info("Demonstration: the history is invoiced; instalments are invoiced as they fall due from now on");
        return settledMemberships;
    }

    /**
     * Pays in full, in due-date order, every unpaid invoice whose payment day is before the given
     * day, each with the clock held on its payment day. Payment days follow due dates in order, so
     * the first one not yet due ends the look.
     */
    private int payBefore(LocalDate day) {
        int paid = 0;
        while (true) {
            List<Invoice> unpaid = invoices.overdueCandidates(day.plusDays(PAID_AT_MOST_DAYS_BEFORE_DUE), BATCH);
            int paidNow = 0;
            for (Invoice invoice : unpaid) {
                LocalDate paidOn = paymentDay(invoice.dueOn());
                if (!paidOn.isBefore(day)) {
                    return paid + paidNow;
                }
                history.holdAt(at(paidOn, PAID_AT));
                Invoice settled = payments.register(invoice.id(), invoice.outstanding(), paidOn, reference(invoice));
                if (settled.status() != InvoiceStatus.PAID) {
                    throw new IllegalStateException("Invoice " + invoice.number() + " is not paid by its payment "
                            + reference(invoice) + "; it stays unpaid");
                }
                paidNow++;
            }
            paid += paidNow;
            if (unpaid.size() < BATCH) {
                return paid;
            }
        }
    }

    /** The working day on or before the fifth day before the due date. */
    static LocalDate paymentDay(LocalDate dueOn) {
        LocalDate day = dueOn.minusDays(PAID_DAYS_BEFORE_DUE);
        while (BusinessTime.isWeekend(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The bank's reference for the payment of an invoice of the history: one per invoice. */
    static String reference(Invoice invoice) {
        return "demo-" + invoice.number();
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(BusinessTime.ZONE).toInstant();
    }
}
