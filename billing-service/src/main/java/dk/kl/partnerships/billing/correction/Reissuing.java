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
import dk.kl.partnerships.kit.error.InvalidFieldException;
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
        Buyer buyer = corrected.map(given -> completed(given, original)).orElseGet(() -> currentDetails(original));
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

    /**
     * The municipality's billing profile in force now. An outside organisation (a guest's) has no
     * profile here: its corrected details must be given.
     */
    private Buyer currentDetails(Invoice original) {
        if (original.organisationId() != null) {
            throw new RuleViolationException(
                    "no-buyer-details",
                    "Invoice " + original.number() + " goes to the outside organisation "
                            + original.buyer().name()
                            + ", whose details are known only from its sign-up; give the corrected buyer details");
        }
        return buyers.current(original.municipalityCode())
                .orElseThrow(() -> new RuleViolationException(
                        "no-buyer-details",
                        "No billing profile is known for municipality " + original.municipalityCode()
                                + "; give the corrected buyer details"));
    }

    /**
     * The given details, checked for whom the invoice is to, under the original's buyer name (the
     * municipality's official name, or the organisation's from its sign-up; never taken from a
     * request). A municipality is invoiced by EAN with its CVR and a reference; an outside
     * organisation by EAN or CVR, keeping the original's reference when none is given.
     */
    private static Buyer completed(Buyer given, Invoice original) {
        Buyer was = original.buyer();
        String reference = given.reference();
        if (original.organisationId() == null) {
            required("buyer.ean", given.ean());
            required("buyer.cvr", given.cvr());
            required("buyer.reference", reference);
        } else {
            if (given.ean() == null && given.cvr() == null) {
                throw new InvalidFieldException("buyer.cvr", "give the organisation's CVR or EAN number");
            }
            reference = reference == null ? was.reference() : reference;
        }
        return new Buyer(
                was.name(),
                given.ean(),
                given.cvr(),
                reference,
                given.address(),
                given.orderReference(),
                given.accountingCost());
    }

    private static void required(String field, String value) {
        if (value == null) {
            throw new InvalidFieldException(field, "must not be blank");
        }
    }
}
