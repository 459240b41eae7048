package dk.kl.partnerships.billing.invoice;

import dk.kl.partnerships.billing.numbering.InvoiceNumber;
import dk.kl.partnerships.kit.domain.AggregateRoot;
import dk.kl.partnerships.kit.error.ConflictException;
import dk.kl.partnerships.kit.error.InvalidFieldException;
import dk.kl.partnerships.kit.error.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A Danish invoice: seller and buyer, issue and due date, lines, net, VAT and gross totals, and a
 * number from the gapless invoice series. Its id is derived from the event that caused it, so the
 * same event can never bill twice. Once issued its content never changes; a correction is a credit
 * note. What changes is its settlement: payments, being overdue, being credited.
 */
@Document("invoices")
@CompoundIndexes({
    @CompoundIndex(name = "gapless_number", def = "{'series': 1, 'year': 1, 'sequence': 1}", unique = true),
    @CompoundIndex(name = "by_municipality", def = "{'municipalityCode': 1, 'issuedOn': -1}"),
    @CompoundIndex(name = "by_programme", def = "{'programmeId': 1, 'issuedOn': -1}"),
    @CompoundIndex(name = "by_status_and_due_date", def = "{'status': 1, 'overdueSince': 1, 'dueOn': 1}")
})
public class Invoice extends AggregateRoot<InvoiceEvent> {

    public static final String SERIES = "INVOICE";

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
    private final LocalDate dueOn;
    private final String currency;
    private final List<InvoiceLine> lines;
    private final BigDecimal netTotal;
    private final BigDecimal vatTotal;
    private final BigDecimal grossTotal;
    private final Cause cause;
    private InvoiceStatus status;
    private final List<Payment> payments;
    private BigDecimal paidAmount;
    private LocalDate paidOn;
    private LocalDate overdueSince;
    private String creditNoteId;
    private List<BigDecimal> creditedQuantities;
    private List<String> creditNoteIds;
    private BigDecimal creditedGrossTotal;
    private BigDecimal refundDue;
    private String replacesInvoiceId;
    private String replacesInvoiceNumber;
    private LocalDate replacesInvoiceIssuedOn;

    @Version
    private Long version;

    @PersistenceCreator
    Invoice(
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
            LocalDate dueOn,
            String currency,
            List<InvoiceLine> lines,
            BigDecimal netTotal,
            BigDecimal vatTotal,
            BigDecimal grossTotal,
            Cause cause,
            InvoiceStatus status,
            List<Payment> payments,
            BigDecimal paidAmount,
            LocalDate paidOn,
            LocalDate overdueSince,
            String creditNoteId,
            List<BigDecimal> creditedQuantities,
            List<String> creditNoteIds,
            BigDecimal creditedGrossTotal,
            BigDecimal refundDue,
            String replacesInvoiceId,
            String replacesInvoiceNumber,
            LocalDate replacesInvoiceIssuedOn,
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
        this.dueOn = dueOn;
        this.currency = currency;
        this.lines = List.copyOf(lines);
        this.netTotal = netTotal;
        this.vatTotal = vatTotal;
        this.grossTotal = grossTotal;
        this.cause = cause;
        this.status = status;
        this.payments = payments == null ? new ArrayList<>() : new ArrayList<>(payments);
        this.paidAmount = paidAmount == null ? Amounts.exact(BigDecimal.ZERO) : paidAmount;
        this.paidOn = paidOn;
        this.overdueSince = overdueSince;
        this.creditNoteId = creditNoteId;
        this.creditedQuantities = creditedQuantities == null
                ? new ArrayList<>(
                        lines.stream().map(l -> Amounts.exact(BigDecimal.ZERO)).toList())
                : new ArrayList<>(creditedQuantities);
        this.creditNoteIds = creditNoteIds == null ? new ArrayList<>() : new ArrayList<>(creditNoteIds);
        this.creditedGrossTotal = creditedGrossTotal;
        this.refundDue = refundDue == null ? Amounts.exact(BigDecimal.ZERO) : refundDue;
        this.replacesInvoiceId = replacesInvoiceId;
        this.replacesInvoiceNumber = replacesInvoiceNumber;
        this.replacesInvoiceIssuedOn = replacesInvoiceIssuedOn;
        this.version = version;
    }

    /**
     * A new invoice with totals computed from its lines: VAT per rate on the sum of the lines'
     * net amounts, rounded to the øre. It gets its number, and is announced as issued, when it is
     * stored.
     */
    public static Invoice issue(
            String id,
            String municipalityCode,
            Seller seller,
            Buyer buyer,
            String programmeId,
            LocalDate issuedOn,
            int paymentTermsDays,
            String currency,
            List<InvoiceLine> lines,
            Cause cause) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An invoice needs at least one line");
        }
        Totals totals = Totals.of(lines);
        Invoice invoice = new Invoice(
                id,
                SERIES,
                0,
                0,
                null,
                municipalityCode,
                seller,
                buyer,
                programmeId,
                issuedOn,
                issuedOn.plusDays(paymentTermsDays),
                currency,
                lines,
                totals.net(),
                totals.vat(),
                totals.gross(),
                cause,
                InvoiceStatus.ISSUED,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        return invoice;
    }

    /**
     * The invoice that replaces one cancelled for wrong buyer details: the lines its credit note
     * took off, addressed to the corrected buyer, referring to the original (UBL BillingReference).
     */
    public static Invoice replacing(
            Invoice original,
            String id,
            Seller seller,
            Buyer buyer,
            LocalDate issuedOn,
            int paymentTermsDays,
            List<InvoiceLine> lines,
            Cause cause) {
        Invoice invoice = issue(
                id,
                original.municipalityCode(),
                seller,
                buyer,
                original.programmeId(),
                issuedOn,
                paymentTermsDays,
                original.currency(),
                lines,
                cause);
        invoice.replacesInvoiceId = original.id();
        invoice.replacesInvoiceNumber = original.number();
        invoice.replacesInvoiceIssuedOn = original.issuedOn();
        return invoice;
    }

    /**
     * Takes its place in the series and is issued; called by the store just before the invoice is
     * written. A number taken again, after another writer took the first, replaces it in the fact.
     */
    public void assignNumber(InvoiceNumber invoiceNumber) {
        this.year = invoiceNumber.year();
        this.sequence = invoiceNumber.sequence();
        this.number = invoiceNumber.formatted();
        clearRecordedEvents();
        record(new InvoiceEvent.Issued(
                id,
                number,
                series,
                municipalityCode,
                buyer,
                programmeId,
                issuedOn,
                dueOn,
                currency,
                lines,
                netTotal,
                vatTotal,
                grossTotal,
                cause,
                replacesInvoiceId,
                replacesInvoiceNumber,
                organisationId()));
    }

    /**
     * Registers a payment; partial payments add up. A payment that would pay more than is owed is
     * refused. The same reference registered again with the same amount changes nothing.
     *
     * @return whether the payment was new
     */
    public boolean registerPayment(Payment payment) {
        Optional<Payment> known = payments.stream()
                .filter(p -> p.reference().equals(payment.reference()))
                .findFirst();
        if (known.isPresent()) {
            if (known.get().amount().compareTo(payment.amount()) != 0) {
                throw new ConflictException(
                        "Payment " + payment.reference() + " is already registered with amount "
                                + known.get().amount(),
                        status.name());
            }
            return false;
        }
        if (status != InvoiceStatus.ISSUED) {
            throw new ConflictException(
                    "Invoice " + number + " is " + status.name().toLowerCase() + " and takes no more payments",
                    status.name());
        }
        if (payment.amount().signum() <= 0 || payment.amount().scale() > Amounts.SCALE) {
            throw new InvalidFieldException("amount", "must be above 0 with at most 2 decimals");
        }
        BigDecimal outstanding = outstanding();
        if (payment.amount().compareTo(outstanding) > 0) {
            throw new RuleViolationException(
                    "overpayment",
                    "Invoice " + number + " has " + outstanding + " outstanding; a payment of " + payment.amount()
                            + " would pay more than is owed");
        }
        payments.add(payment);
        paidAmount = Amounts.exact(paidAmount.add(payment.amount()));
        if (paidAmount.compareTo(owed()) == 0) {
            status = InvoiceStatus.PAID;
            paidOn = payment.paidOn();
            record(new InvoiceEvent.Paid(id, number, municipalityCode, paidOn, paidAmount, currency, organisationId()));
        }
        return true;
    }

    /** Unpaid past its due date: marked once, announced once. */
    public boolean markOverdue(LocalDate today) {
        if (status != InvoiceStatus.ISSUED || overdueSince != null || !today.isAfter(dueOn)) {
            return false;
        }
        overdueSince = today;
        record(new InvoiceEvent.Overdue(
                id, number, municipalityCode, dueOn, outstanding(), currency, today, organisationId()));
        return true;
    }

    /** A credit note cancels the invoice in full: whatever was still uncredited. Its content stays as issued. */
    public BigDecimal markCredited(String creditNote) {
        if (status == InvoiceStatus.CREDITED) {
            return Amounts.exact(BigDecimal.ZERO);
        }
        return recordCredit(creditNote, uncreditedLines(), owed());
    }

    /**
     * Records a credit note against this invoice: per line (by position) the quantity credited,
     * never more than is still uncredited, and its gross amount. Credited in full, the invoice is
     * {@code CREDITED}; whatever was paid beyond what is now owed is due back to the buyer as a
     * refund, recorded and announced ({@link InvoiceEvent.RefundDue}). The same credit note
     * recorded again changes nothing.
     *
     * @return the refund this credit note makes due (zero when nothing was paid beyond what is owed)
     */
    public BigDecimal recordCredit(String creditNote, Map<Integer, BigDecimal> quantities, BigDecimal gross) {
        if (creditNoteIds.contains(creditNote) || creditNote.equals(creditNoteId)) {
            return Amounts.exact(BigDecimal.ZERO);
        }
        requireCreditable(quantities);
        quantities.forEach((index, quantity) -> creditedQuantities.set(
                index, Amounts.exact(creditedQuantities.get(index).add(quantity))));
        creditNoteIds.add(creditNote);
        creditedGrossTotal = Amounts.exact(creditedGross().add(gross));
        boolean fully = true;
        for (int i = 0; i < lines.size(); i++) {
            fully &= uncredited(i).signum() == 0;
        }
        if (fully) {
            status = InvoiceStatus.CREDITED;
            creditNoteId = creditNote;
        }
        BigDecimal refund =
                Amounts.exact(paidAmount.subtract(owed()).subtract(refundDue).max(BigDecimal.ZERO));
        refundDue = Amounts.exact(refundDue.add(refund));
        if (refund.signum() > 0) {
            record(new InvoiceEvent.RefundDue(
                    id, number, municipalityCode, creditNote, refund, refundDue, currency, organisationId()));
        }
        if (status == InvoiceStatus.ISSUED && paidAmount.signum() > 0 && paidAmount.compareTo(owed()) >= 0) {
            status = InvoiceStatus.PAID;
            paidOn = payments.get(payments.size() - 1).paidOn();
        }
        return refund;
    }

    /**
     * Refuses a credit that names no line of this invoice, a negative quantity, or more than a line
     * still has uncredited; checked before a credit note takes a number.
     */
    public void requireCreditable(Map<Integer, BigDecimal> quantities) {
        if (status == InvoiceStatus.CREDITED) {
            throw new ConflictException("Invoice " + number + " is already credited in full", status.name());
        }
        for (Map.Entry<Integer, BigDecimal> credited : quantities.entrySet()) {
            int index = credited.getKey();
            if (index < 0 || index >= lines.size()) {
                throw new InvalidFieldException("lines[" + index + "].line", "invoice " + number + " has no such line");
            }
            BigDecimal quantity = credited.getValue();
            if (quantity == null || quantity.signum() <= 0 || quantity.scale() > Amounts.SCALE) {
                throw new InvalidFieldException(
                        "lines[" + index + "].quantity", "must be above 0 with at most 2 decimals");
            }
            if (quantity.compareTo(uncredited(index)) > 0) {
                throw new RuleViolationException(
                        "credit-exceeds-invoice",
                        "Line " + (index + 1) + " of invoice " + number + " has " + uncredited(index) + " uncredited; "
                                + quantity + " cannot be credited");
            }
        }
    }

    /** What is still uncredited, line by line (by position), leaving out lines credited in full. */
    public Map<Integer, BigDecimal> uncreditedLines() {
        Map<Integer, BigDecimal> rest = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (uncredited(i).signum() > 0) {
                rest.put(i, uncredited(i));
            }
        }
        return rest;
    }

    /** The quantity of a line not yet credited. */
    public BigDecimal uncredited(int line) {
        return Amounts.exact(lines.get(line).quantity().subtract(creditedQuantities.get(line)));
    }

    /** What the buyer owes in all: the gross total less what credit notes took off. */
    public BigDecimal owed() {
        return Amounts.exact(grossTotal.subtract(creditedGross()));
    }

    private BigDecimal creditedGross() {
        return creditedGrossTotal == null ? Amounts.exact(BigDecimal.ZERO) : creditedGrossTotal;
    }

    public BigDecimal outstanding() {
        return Amounts.exact(owed().subtract(paidAmount).max(BigDecimal.ZERO));
    }

    public BigDecimal refundDue() {
        return refundDue;
    }

    public List<String> creditNoteIds() {
        return List.copyOf(creditNoteIds);
    }

    public String id() {
        return id;
    }

    public String series() {
        return series;
    }

    public int year() {
        return year;
    }

    public String number() {
        return number;
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    /** A guest organisation's id when the invoice is to one (it has no municipality), else null. */
    public String organisationId() {
        return municipalityCode == null ? buyer.organisationId() : null;
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

    public LocalDate dueOn() {
        return dueOn;
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

    public Cause cause() {
        return cause;
    }

    public InvoiceStatus status() {
        return status;
    }

    public List<Payment> payments() {
        return List.copyOf(payments);
    }

    public BigDecimal paidAmount() {
        return paidAmount;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public LocalDate overdueSince() {
        return overdueSince;
    }

    public String creditNoteId() {
        return creditNoteId;
    }

    /** The invoice this one replaces after a cancel and re-issue, if it is one. */
    public Optional<String> replacesInvoiceId() {
        return Optional.ofNullable(replacesInvoiceId);
    }

    public String replacesInvoiceNumber() {
        return replacesInvoiceNumber;
    }

    public LocalDate replacesInvoiceIssuedOn() {
        return replacesInvoiceIssuedOn;
    }

    public Long version() {
        return version;
    }
}
