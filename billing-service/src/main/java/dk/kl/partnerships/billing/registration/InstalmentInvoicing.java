package dk.kl.partnerships.billing.registration;

import dk.kl.partnerships.billing.creditnote.CreditNote;
import dk.kl.partnerships.billing.creditnote.Crediting;
import dk.kl.partnerships.billing.invoice.Invoice;
import dk.kl.partnerships.billing.invoice.InvoiceLine;
import dk.kl.partnerships.billing.invoice.InvoiceRepository;
import dk.kl.partnerships.billing.invoice.InvoicingTerms;
import dk.kl.partnerships.kit.domain.ConflictRetry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * Keeps each membership's invoices in line with what is known of it. Every event only records its
 * fact and then settles the membership, so the outcome is the same whatever order the events
 * arrive in and however often: instalments due are invoiced once, instalments after a withdrawal
 * never are, and a withdrawal before the programme starts credits what was invoiced
 * ({@link WithdrawalPolicy}).
 */
@Service
public class InstalmentInvoicing {

    private static final Logger log = LoggerFactory.getLogger(InstalmentInvoicing.class);
    private static final int BATCH = 100;

    private final MembershipRepository memberships;
    private final BillingProgrammeRepository programmes;
    private final InvoiceRepository invoices;
    private final Crediting crediting;
    private final InvoicingTerms terms;
    private final WithdrawalPolicy withdrawalPolicy;
    private final BuyerDetails buyers;
    private final Clock clock;
    private final ApplicationEventPublisher announcements;

    InstalmentInvoicing(
            MembershipRepository memberships,
            BillingProgrammeRepository programmes,
            InvoiceRepository invoices,
            Crediting crediting,
            InvoicingTerms terms,
            WithdrawalPolicy withdrawalPolicy,
            BuyerDetails buyers,
            Clock clock,
            ApplicationEventPublisher announcements) {
        this.memberships = memberships;
        this.programmes = programmes;
        this.invoices = invoices;
        this.crediting = crediting;
        this.terms = terms;
        this.withdrawalPolicy = withdrawalPolicy;
        this.buyers = buyers;
        this.clock = clock;
        this.announcements = announcements;
    }

    /**
     * The same invoicing reading the time from another clock: a history brought in afterwards is
     * invoiced on the days it happened, by the same rules.
     */
    public InstalmentInvoicing withClock(Clock other) {
        return new InstalmentInvoicing(
                memberships, programmes, invoices, crediting, terms, withdrawalPolicy, buyers, other, announcements);
    }

    public void programmePublished(ProgrammeTerms programme) {
        if (!programmes.existsById(programme.programmeId())) {
            try {
                programmes.insert(BillingProgramme.published(programme));
            } catch (DuplicateKeyException alreadyRecorded) {
                log.debug("Programme {} was recorded concurrently", programme.programmeId());
            }
        }
        memberships.findByProgrammeId(programme.programmeId()).forEach(m -> settle(m.enrolmentId()));
    }

    public void joined(String enrolmentId, String programmeId, String municipalityCode, Joining joining) {
        record(enrolmentId, programmeId, municipalityCode, m -> m.recordJoining(joining));
        settle(enrolmentId);
        announcements.publishEvent(new JoiningRecorded(enrolmentId, programmeId, municipalityCode));
    }

    public void withdrew(String enrolmentId, String programmeId, String municipalityCode, Leaving leaving) {
        record(enrolmentId, programmeId, municipalityCode, m -> m.recordLeaving(leaving));
        settle(enrolmentId);
    }

    /** Invoices every instalment that has fallen due; run daily and at start-up, safe to run anywhere, any time. */
    public int invoiceDueInstalments() {
        LocalDate today = LocalDate.now(clock);
        int settled = 0;
        List<Membership> due;
        do {
            due = memberships.findWithInstalmentsDueBy(today, PageRequest.of(0, BATCH));
            for (Membership membership : due) {
                settle(membership.enrolmentId());
                settled++;
            }
        } while (due.size() == BATCH);
        return settled;
    }

    /** The earliest day an instalment still to be invoiced fell due, among those due by the date. */
    public Optional<LocalDate> earliestDueBy(LocalDate date) {
        LocalDate earliest = null;
        List<Membership> due;
        int page = 0;
        do {
            due = memberships.findWithInstalmentsDueBy(date, PageRequest.of(page++, BATCH));
            for (Membership membership : due) {
                // what the instalment check would invoice by the date: a withdrawal's later instalments are not
                for (PlannedInstalment instalment : membership.dueForInvoicing(date)) {
                    if (earliest == null || instalment.dueOn().isBefore(earliest)) {
                        earliest = instalment.dueOn();
                    }
                }
            }
        } while (due.size() == BATCH);
        return Optional.ofNullable(earliest);
    }

    private void record(String enrolmentId, String programmeId, String municipalityCode, Consumer<Membership> fact) {
        ConflictRetry.upsert(
                () -> memberships.findById(enrolmentId),
                () -> Membership.of(enrolmentId, programmeId, municipalityCode),
                fact,
                memberships::save);
    }

    /** Brings one membership's invoices in line with its facts. */
    void settle(String enrolmentId) {
        ConflictRetry.run(() -> {
            Membership membership = memberships.findById(enrolmentId).orElseThrow();
            Optional<BillingProgramme> programme = programmes.findById(membership.programmeId());
            if (membership.joining().isEmpty() || programme.isEmpty()) {
                return membership;
            }
            ProgrammeTerms programmeTerms = programme.get().terms();
            membership.plan(programmeTerms);
            for (PlannedInstalment instalment : membership.dueForInvoicing(LocalDate.now(clock))) {
                Invoice invoice = invoices.issue(instalmentInvoice(membership, instalment, programmeTerms));
                membership.markIssued(instalment.number(), invoice.id());
                log.info(
                        "Invoice {} issued to {} for instalment {} of {}",
                        invoice.number(),
                        membership.municipalityCode(),
                        instalment.number(),
                        membership.programmeId());
            }
            membership.cancelInstalmentsAfterWithdrawal();
            creditAfterWithdrawal(membership, programmeTerms);
            return memberships.save(membership);
        });
    }

    private void creditAfterWithdrawal(Membership membership, ProgrammeTerms programme) {
        Optional<Leaving> leaving = membership.leaving();
        if (leaving.isEmpty()
                || !withdrawalPolicy.creditsIssuedInvoices(leaving.get().withdrawnOn(), programme.startsOn())) {
            return;
        }
        for (PlannedInstalment issued : membership.issuedInstalments()) {
            CreditNote note = crediting.credit(
                    issued.invoiceId(),
                    WithdrawalPolicy.creditReason(leaving.get(), programme.startsOn()),
                    leaving.get().cause());
            membership.markCredited(issued.number());
            log.info(
                    "Credit note {} issued to {} for invoice {}",
                    note.number(),
                    membership.municipalityCode(),
                    note.creditedInvoiceNumber());
        }
    }

    private Invoice instalmentInvoice(Membership membership, PlannedInstalment instalment, ProgrammeTerms programme) {
        String description = instalment.of() == 1
                ? programme.title()
                : programme.title() + ", rate " + instalment.number() + " af " + instalment.of();
        InvoiceLine line = InvoiceLine.of(description, BigDecimal.ONE, instalment.netAmount(), programme.vatRate());
        Joining joining = membership.joining().orElseThrow();
        return Invoice.issue(
                membership.invoiceIdFor(instalment),
                membership.municipalityCode(),
                terms.seller(),
                buyers.inForce(membership.municipalityCode(), joining),
                membership.programmeId(),
                LocalDate.now(clock),
                terms.paymentTermsDays(),
                terms.currency(),
                List.of(line),
                joining.cause());
    }
}
