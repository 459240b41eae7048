package dk.kl.partnerships.billing.invoice;

import dk.kl.partnerships.kit.domain.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A Danish invoice: seller and buyer, issue and due date, lines, net, VAT and gross totals, and a
 * number from the gapless invoice series. Its id is derived from the event that caused it, so the
 * same event can never bill twice. Once issued its content never changes; a correction is a credit
 * note.
 */
@Document("invoices")
@CompoundIndexes({
        @CompoundIndex(name = "gapless_number", def = "{'series': 1, 'year': 1, 'sequence': 1}", unique = true),
        @CompoundIndex(name = "by_municipality", def = "{'municipalityCode': 1, 'issuedOn': -1}"),
        @CompoundIndex(name = "by_status_and_due_date", def = "{'status': 1, 'dueOn': 1}")
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
    @Version
    private Long version;

    @PersistenceCreator
    Invoice(String id, String series, int year, long sequence, String number, String municipalityCode, Seller seller,
            Buyer buyer, String programmeId, LocalDate issuedOn, LocalDate dueOn, String currency,
            List<InvoiceLine> lines, BigDecimal netTotal, BigDecimal vatTotal, BigDecimal grossTotal, Cause cause,
            InvoiceStatus status, Long version) {
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
        this.version = version;
    }

    /**
     * A new invoice with totals computed from its lines: VAT per rate on the sum of the lines'
     * net amounts, rounded to the øre. It gets its number when it is stored.
     */
    public static Invoice issue(String id, String municipalityCode, Seller seller, Buyer buyer, String programmeId,
                                LocalDate issuedOn, int paymentTermsDays, String currency, List<InvoiceLine> lines,
                                Cause cause) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An invoice needs at least one line");
        }
        Totals totals = Totals.of(lines);
        Invoice invoice = new Invoice(id, SERIES, 0, 0, null, municipalityCode, seller, buyer, programmeId, issuedOn,
                issuedOn.plusDays(paymentTermsDays), currency, lines, totals.net(), totals.vat(), totals.gross(), cause,
                InvoiceStatus.ISSUED, null);
        invoice.record(new InvoiceEvent.Issued(invoice));
        return invoice;
    }

    /** Takes its place in the series; called by the store just before the invoice is written. */
    public void assignNumber(InvoiceNumber invoiceNumber) {
        this.year = invoiceNumber.year();
        this.sequence = invoiceNumber.sequence();
        this.number = invoiceNumber.formatted();
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

    public Long version() {
        return version;
    }
}
