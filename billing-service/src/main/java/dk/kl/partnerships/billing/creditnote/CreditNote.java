package dk.kl.partnerships.billing.creditnote;

import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.billing.invoice.Cause;
import dk.kl.partnerships.billing.invoice.Invoice;
import dk.kl.partnerships.billing.invoice.InvoiceLine;
import dk.kl.partnerships.billing.invoice.Seller;
import dk.kl.partnerships.billing.invoice.Totals;
import dk.kl.partnerships.billing.numbering.InvoiceNumber;
import dk.kl.partnerships.kit.domain.AggregateRoot;
import dk.kl.partnerships.kit.error.InvalidFieldException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A credit note cancelling an invoice in full: the same lines and totals, as positive amounts,
 * referring to the invoice it credits, numbered in its own gapless series. At most one per invoice
 * (its id derives from the invoice's), and immutable like an invoice.
 */
@Document("credit_notes")
@CompoundIndexes({
    @CompoundIndex(name = "gapless_number", def = "{'series': 1, 'year': 1, 'sequence': 1}", unique = true),
    @CompoundIndex(name = "by_municipality", def = "{'municipalityCode': 1, 'issuedOn': -1}")
})
public class CreditNote extends AggregateRoot<CreditNoteEvent> {

    public static final String SERIES = "CREDIT_NOTE";

    /** Credit note numbers carry it visibly, so that no one takes one for an invoice: {@code K2026-000007}. */
    public static final String NUMBER_PREFIX = "K";

    @Id
    private final String id;

    private final String series;
    private int year;
    private long sequence;
    private String number;
    private final String municipalityCode;
    private final Seller seller;
    private final Buyer buyer;
    private final String programmeId;
    private final LocalDate issuedOn;
    private final String currency;
    private final List<InvoiceLine> lines;
    private final BigDecimal netTotal;
    private final BigDecimal vatTotal;
    private final BigDecimal grossTotal;
    private final String creditedInvoiceId;
    private final String creditedInvoiceNumber;
    private final LocalDate creditedInvoiceIssuedOn;
    private final String reason;
    private final Cause cause;

    @Version
    private Long version;

    @PersistenceCreator
    CreditNote(
            String id,
            String series,
            int year,
            long sequence,
            String number,
            String municipalityCode,
            Seller seller,
            Buyer buyer,
            String programmeId,
            LocalDate issuedOn,
            String currency,
            List<InvoiceLine> lines,
            BigDecimal netTotal,
            BigDecimal vatTotal,
            BigDecimal grossTotal,
            String creditedInvoiceId,
            String creditedInvoiceNumber,
            LocalDate creditedInvoiceIssuedOn,
            String reason,
            Cause cause,
            Long version) {
        this.id = id;
        this.series = series;
        this.year = year;
        this.sequence = sequence;
        this.number = number;
        this.municipalityCode = municipalityCode;
        this.seller = seller;
        this.buyer = buyer;
        this.programmeId = programmeId;
        this.issuedOn = issuedOn;
        this.currency = currency;
        this.lines = List.copyOf(lines);
        this.netTotal = netTotal;
        this.vatTotal = vatTotal;
        this.grossTotal = grossTotal;
        this.creditedInvoiceId = creditedInvoiceId;
        this.creditedInvoiceNumber = creditedInvoiceNumber;
        this.creditedInvoiceIssuedOn = creditedInvoiceIssuedOn;
        this.reason = reason;
        this.cause = cause;
        this.version = version;
    }

    /**
     * The credit note for an invoice: its whole content credited (or, after partial credit notes,
     * whatever is left), never a negative total.
     */
    public static CreditNote crediting(Invoice invoice, String reason, Cause cause, LocalDate today) {
        if (invoice.grossTotal().signum() < 0) {
            throw new IllegalStateException("An invoice with a negative total cannot exist, let alone be credited");
        }
        return crediting(idFor(invoice), invoice, invoice.uncreditedLines(), reason, cause, today);
    }

    /**
     * A partial credit note: for each listed invoice line (by its position, from 0) the quantity
     * credited, at the invoice's unit price and VAT rate. The quantities are checked against what
     * is still uncredited by the invoice when the credit is recorded on it.
     */
    public static CreditNote crediting(
            String id,
            Invoice invoice,
            Map<Integer, BigDecimal> quantities,
            String reason,
            Cause cause,
            LocalDate today) {
        if (quantities.isEmpty()) {
            throw new InvalidFieldException("lines", "must name at least one line");
        }
        List<InvoiceLine> lines = new ArrayList<>();
        for (Map.Entry<Integer, BigDecimal> credited : new TreeMap<>(quantities).entrySet()) {
            int index = credited.getKey();
            if (index < 0 || index >= invoice.lines().size()) {
                throw new InvalidFieldException(
                        "lines[" + index + "].line", "invoice " + invoice.number() + " has no such line");
            }
            InvoiceLine line = invoice.lines().get(index);
            lines.add(InvoiceLine.of(line.description(), credited.getValue(), line.unitPrice(), line.vatRate()));
        }
        Totals totals = Totals.of(lines);
        return new CreditNote(
                id,
                SERIES,
                0,
                0,
                null,
                invoice.municipalityCode(),
                invoice.seller(),
                invoice.buyer(),
                invoice.programmeId(),
                today,
                invoice.currency(),
                lines,
                totals.net(),
                totals.vat(),
                totals.gross(),
                invoice.id(),
                invoice.number(),
                invoice.issuedOn(),
                reason,
                cause,
                null);
    }

    public static String idFor(Invoice invoice) {
        return "cn-" + invoice.id();
    }

    /**
     * Takes its place in the credit note series and is issued; called by the store just before the
     * note is written. A number taken again replaces the first in the fact.
     */
    public void assignNumber(InvoiceNumber creditNoteNumber) {
        this.year = creditNoteNumber.year();
        this.sequence = creditNoteNumber.sequence();
        this.number = creditNoteNumber.formatted(NUMBER_PREFIX);
        clearRecordedEvents();
        record(new CreditNoteEvent.Issued(
                id,
                number,
                series,
                municipalityCode,
                buyer,
                programmeId,
                issuedOn,
                currency,
                lines,
                netTotal,
                vatTotal,
                grossTotal,
                creditedInvoiceId,
                creditedInvoiceNumber,
                reason,
                cause,
                municipalityCode == null ? buyer.organisationId() : null));
    }

    public String id() {
        return id;
    }

    public String series() {
        return series;
    }

    public String number() {
        return number;
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public Seller seller() {
        return seller;
    }

    public Buyer buyer() {
        return buyer;
    }

    public String programmeId() {
        return programmeId;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public String currency() {
        return currency;
    }

    public List<InvoiceLine> lines() {
        return lines;
    }

    public BigDecimal netTotal() {
        return netTotal;
    }

    public BigDecimal vatTotal() {
        return vatTotal;
    }

    public BigDecimal grossTotal() {
        return grossTotal;
    }

    public String creditedInvoiceId() {
        return creditedInvoiceId;
    }

    public String creditedInvoiceNumber() {
        return creditedInvoiceNumber;
    }

    public LocalDate creditedInvoiceIssuedOn() {
        return creditedInvoiceIssuedOn;
    }

    public String reason() {
        return reason;
    }

    public Cause cause() {
        return cause;
    }
}
