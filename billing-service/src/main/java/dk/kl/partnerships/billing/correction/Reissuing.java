package dk.kl.partnerships.billing.correction;

import dk.kl.partnerships.billing.creditnote.CreditNote;
import dk.kl.partnerships.billing.creditnote.CreditNoteRepository;
import dk.kl.partnerships.billing.creditnote.Crediting;
import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.billing.invoice.Cause;
import dk.kl.partnerships.billing.invoice.Invoice;
import dk.kl.partnerships.billing.invoice.InvoiceLine;
import dk.kl.partnerships.billing.invoice.InvoiceRepository;
import dk.kl.partnerships.billing.invoice.InvoiceStatus;
import dk.kl.partnerships.billing.invoice.InvoicingTerms;
import dk.kl.partnerships.billing.registration.BuyerDetails;
import dk.kl.partnerships.kit.error.ConflictException;
import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.kit.error.RuleViolationException;
import dk.kl.partnerships.kit.security.Caller;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Cancels an invoice sent to wrong buyer details and issues it anew: a credit note for all that is
 * still uncredited, then an invoice with the same lines to the corrected buyer, both referring to
 * the original. Each document has an id derived from the original, so a request repeated (or
 * retried after a crash between the two) completes the pair and never numbers a document twice.
 */
@Service
public class Reissuing {

    /** The cause of both documents: the event id is the caller. */
    public static final String REQUESTED = "ReissueRequested";

    private static final Logger log = LoggerFactory.getLogger(Reissuing.class);

    private final InvoiceRepository invoices;
    private final CreditNoteRepository creditNotes;
    private final Crediting crediting;
    private final BuyerDetails buyers;
    private final InvoicingTerms terms;
    private final Clock clock;

    Reissuing(
            InvoiceRepository invoices,
            CreditNoteRepository creditNotes,
            Crediting crediting,
            BuyerDetails buyers,
            InvoicingTerms terms,
            Clock clock) {
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.crediting = crediting;
        this.buyers = buyers;
        this.terms = terms;
        this.clock = clock;
    }

    /** The credit note that cancelled the original and the invoice that replaces it. */
    public record Reissued(CreditNote creditNote, Invoice invoice) {}

    /**
     * Re-issues an invoice to the corrected buyer details: those given, or else the municipality's
     * details in force now (its latest billing profile). The buyer's name stays the municipality's
     * official name. Details equal to the invoice's are refused: there is nothing to correct.
     */
    public Reissued reissue(Caller caller, String invoiceId, Optional<Buyer> corrected, String reason) {
        Invoice original = invoices.find(invoiceId).orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
        Buyer buyer = corrected
                .map(given -> named(given, original.buyer().name()))
                .orElseGet(() -> buyers.current(original.municipalityCode())
                        .orElseThrow(() -> new RuleViolationException(
                                "no-buyer-details",
                                "No billing profile is known for municipality " + original.municipalityCode()
                                        + "; give the corrected buyer details")));
        Cause cause = new Cause(REQUESTED, caller.subject());
        String creditNoteId = CreditNote.idFor(original) + "-reissue";
        CreditNote note;
        if (original.creditNoteIds().contains(creditNoteId)) {
            note = creditNotes.find(creditNoteId).orElseThrow();
        } else {
            if (original.status() == InvoiceStatus.CREDITED) {
                throw new ConflictException(
                        "Invoice " + original.number() + " is already credited in full",
                        original.status().name());
            }
            if (buyer.equals(original.buyer())) {
                throw new RuleViolationException(
                        "buyer-unchanged",
                        "Invoice " + original.number() + " already goes to these buyer details; nothing to correct");
            }
            note = crediting.credit(creditNoteId, invoiceId, original.uncreditedLines(), reason, cause);
        }
        List<InvoiceLine> lines = note.lines();
        Invoice replacement = invoices.issue(Invoice.replacing(
                original,
                original.id() + "-reissue",
                terms.seller(),
                buyer,
                LocalDate.now(clock),
                terms.paymentTermsDays(),
                lines,
                cause));
        log.info(
                "Invoice {} cancelled by credit note {} and re-issued as {}",
                original.number(),
                note.number(),
                replacement.number());
        return new Reissued(note, replacement);
    }

    /** The buyer's name is the municipality's official name, never taken from a request. */
    private static Buyer named(Buyer given, String officialName) {
        return new Buyer(
                officialName,
                given.ean(),
                given.cvr(),
                given.reference(),
                given.address(),
                given.orderReference(),
                given.accountingCost());
    }
}
