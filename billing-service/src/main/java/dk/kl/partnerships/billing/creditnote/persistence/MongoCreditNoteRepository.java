package dk.kl.partnerships.billing.creditnote.persistence;

import dk.kl.partnerships.billing.creditnote.CreditNote;
import dk.kl.partnerships.billing.creditnote.CreditNoteEvent;
import dk.kl.partnerships.billing.creditnote.CreditNoteRepository;
import dk.kl.partnerships.billing.numbering.GaplessNumbering;
import dk.kl.partnerships.billing.numbering.NumberedSeries;
import dk.kl.partnerships.kit.outbox.AggregateStores;
import dk.kl.partnerships.kit.persistence.AggregateRepository;
import dk.kl.partnerships.kit.persistence.MongoPages;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
@Order(2)
class MongoCreditNoteRepository extends AggregateRepository<CreditNote, CreditNoteEvent>
        implements CreditNoteRepository, NumberedSeries {

    private final GaplessNumbering numbering;

    MongoCreditNoteRepository(MongoTemplate mongo, AggregateStores stores) {
        super(mongo, stores, CreditNote.class, CreditNoteEvent.class);
        this.numbering = new GaplessNumbering(mongo, collection());
    }

    @Override
    public String series() {
        return CreditNote.SERIES;
    }

    @Override
    public String collection() {
        return mongo.getCollectionName(CreditNote.class);
    }

    @Override
    public Page<CreditNote> list(String municipalityCode, Pageable page) {
        return MongoPages.page(
                mongo, Query.query(MongoPages.equalTo("municipalityCode", municipalityCode)), page, CreditNote.class);
    }

    @Override
    public CreditNote issue(CreditNote creditNote) {
        return numbering.store(
                creditNote,
                creditNote.id(),
                creditNote.series(),
                creditNote.issuedOn().getYear(),
                creditNote::assignNumber,
                this::insert,
                this::find);
    }
}
