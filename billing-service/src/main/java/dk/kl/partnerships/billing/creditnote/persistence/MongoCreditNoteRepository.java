package dk.kl.partnerships.billing.creditnote.persistence;

import dk.kl.partnerships.billing.creditnote.CreditNote;
import dk.kl.partnerships.billing.creditnote.CreditNoteEvent;
import dk.kl.partnerships.billing.creditnote.CreditNoteRepository;
import dk.kl.partnerships.billing.creditnote.messaging.CreditNoteEventTranslator;
import dk.kl.partnerships.billing.numbering.GaplessNumbering;
import dk.kl.partnerships.kit.outbox.AggregateStore;
import dk.kl.partnerships.kit.outbox.Outbox;
import dk.kl.partnerships.kit.persistence.MongoPages;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoCreditNoteRepository implements CreditNoteRepository {

    private final MongoTemplate mongo;
    private final AggregateStore<CreditNote, CreditNoteEvent> store;
    private final GaplessNumbering numbering;

    MongoCreditNoteRepository(MongoTemplate mongo, Outbox outbox, CreditNoteEventTranslator translator) {
        this.mongo = mongo;
        this.store = new AggregateStore<>(outbox, translator);
        this.numbering = new GaplessNumbering(mongo, mongo.getCollectionName(CreditNote.class));
    }

    @Override
    public Optional<CreditNote> find(String id) {
        return Optional.ofNullable(mongo.findById(id, CreditNote.class));
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
                store::insert,
                this::find);
    }
}
