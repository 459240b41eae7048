package dk.kl.partnerships.billing.invoice.persistence;

import dk.kl.partnerships.billing.invoice.Invoice;
import dk.kl.partnerships.billing.invoice.InvoiceEvent;
import dk.kl.partnerships.billing.invoice.InvoiceRepository;
import dk.kl.partnerships.billing.invoice.InvoiceStatus;
import dk.kl.partnerships.billing.numbering.GaplessNumbering;
import dk.kl.partnerships.billing.numbering.NumberedSeries;
import dk.kl.partnerships.kit.outbox.AggregateStores;
import dk.kl.partnerships.kit.persistence.AggregateRepository;
import dk.kl.partnerships.kit.persistence.MongoPages;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
@Order(1)
class MongoInvoiceRepository extends AggregateRepository<Invoice, InvoiceEvent>
        implements InvoiceRepository, NumberedSeries {

    private final GaplessNumbering numbering;
    private final Counter grossIssued;

    MongoInvoiceRepository(MongoTemplate mongo, AggregateStores stores, MeterRegistry meters) {
        super(mongo, stores, Invoice.class, InvoiceEvent.class);
        this.numbering = new GaplessNumbering(mongo, collection());
        // A flow, counted where an invoice is first stored, rather than a sum over every invoice ever
        // stored (a read of the whole collection at every refresh). Each instance counts its own.
        this.grossIssued = Counter.builder("partnerships.invoices.gross")
                .description("Gross amount (incl. VAT) of the invoices issued by this instance")
                .baseUnit("dkk")
                .register(meters);
    }

    @Override
    public String series() {
        return Invoice.SERIES;
    }

    @Override
    public String collection() {
        return mongo.getCollectionName(Invoice.class);
    }

    @Override
    public Page<Invoice> list(String municipalityCode, String programmeId, InvoiceStatus status, Pageable page) {
        return MongoPages.page(
                mongo,
                Query.query(MongoPages.equalTo(
                        "municipalityCode", municipalityCode, "programmeId", programmeId, "status", status)),
                page,
                Invoice.class);
    }

    @Override
    public List<Invoice> overdueCandidates(LocalDate today, int limit) {
        return mongo.find(
                Query.query(Criteria.where("status")
                                .is(InvoiceStatus.ISSUED)
                                .and("overdueSince")
                                .isNull()
                                .and("dueOn")
                                .lt(today))
                        .with(Sort.by("dueOn"))
                        .limit(limit),
                Invoice.class);
    }

    @Override
    public Invoice issue(Invoice invoice) {
        return numbering.store(
                invoice,
                invoice.id(),
                invoice.series(),
                invoice.issuedOn().getYear(),
                invoice::assignNumber,
                this::insertCounted,
                this::find);
    }

    private Invoice insertCounted(Invoice invoice) {
        Invoice stored = insert(invoice);
        grossIssued.increment(stored.grossTotal().doubleValue());
        return stored;
    }
}
