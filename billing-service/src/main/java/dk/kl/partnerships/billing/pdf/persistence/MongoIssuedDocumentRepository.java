package dk.kl.partnerships.billing.pdf.persistence;

import dk.kl.partnerships.billing.pdf.DocumentEvent;
import dk.kl.partnerships.billing.pdf.IssuedDocument;
import dk.kl.partnerships.billing.pdf.IssuedDocumentRepository;
import dk.kl.partnerships.kit.outbox.AggregateStores;
import dk.kl.partnerships.kit.persistence.AggregateRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoIssuedDocumentRepository extends AggregateRepository<IssuedDocument, DocumentEvent>
        implements IssuedDocumentRepository {

    MongoIssuedDocumentRepository(MongoTemplate mongo, AggregateStores stores) {
        super(mongo, stores, IssuedDocument.class, DocumentEvent.class);
    }

    @Override
    public boolean exists(String id) {
        return mongo.exists(Query.query(Criteria.where("_id").is(id)), IssuedDocument.class);
    }

    @Override
    public boolean insertOnce(IssuedDocument document) {
        try {
            insert(document);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
