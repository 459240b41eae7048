package dk.kl.partnerships.billing.invoice.persistence;

import dk.kl.partnerships.billing.invoice.Invoice;
import dk.kl.partnerships.billing.invoice.InvoiceEvent;
import dk.kl.partnerships.billing.invoice.InvoiceRepository;
import dk.kl.partnerships.billing.invoice.InvoiceStatus;
import dk.kl.partnerships.billing.invoice.messaging.InvoiceEventTranslator;
import dk.kl.partnerships.billing.numbering.GaplessNumbering;
import dk.kl.partnerships.kit.outbox.AggregateStore;
import dk.kl.partnerships.kit.outbox.Outbox;
import dk.kl.partnerships.kit.persistence.MongoPages;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoInvoiceRepository implements InvoiceRepository {

    private final MongoTemplate mongo;
    private final AggregateStore<Invoice, InvoiceEvent> store;
    private final GaplessNumbering numbering;

    MongoInvoiceRepository(MongoTemplate mongo, Outbox outbox, InvoiceEventTranslator translator) {
        this.mongo = mongo;
        this.store = new AggregateStore<>(outbox, translator);
        this.numbering = new GaplessNumbering(mongo, mongo.getCollectionName(Invoice.class));
    }

    @Override
    public Optional<Invoice> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Invoice.class));
    }

    @Override
    public Page<Invoice> list(String municipalityCode, InvoiceStatus status, Pageable page) {
        return MongoPages.page(
                mongo,
                Query.query(MongoPages.equalTo("municipalityCode", municipalityCode, "status", status)),
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
                store::insert,
                this::find);
    }

    @Override
    public Invoice update(Invoice invoice) {
        return store.update(invoice);
    }
}
