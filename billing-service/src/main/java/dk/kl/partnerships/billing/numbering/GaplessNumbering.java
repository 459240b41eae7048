package dk.kl.partnerships.billing.numbering;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Gapless numbers without a counter: a document takes the number after the highest one stored in
 * its series and year, and the number is written in the same single insert as the document. A
 * unique index on (series, year, sequence) turns a race between two writers into a retry, and a
 * crash can leave no gap because a number exists only together with its document.
 */
public final class GaplessNumbering {

    private static final int MAX_ATTEMPTS = 100;

    private final MongoTemplate mongo;
    private final String collection;

    public GaplessNumbering(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    /**
     * Inserts the document under the next free number; an already stored document with the same id
     * is returned instead and no number is used up.
     */
    public <T> T store(
            T document,
            String id,
            String series,
            int year,
            Consumer<InvoiceNumber> assign,
            UnaryOperator<T> insert,
            Function<String, Optional<T>> find) {
        for (int attempt = 1; ; attempt++) {
            Optional<T> existing = find.apply(id);
            if (existing.isPresent()) {
                return existing.get();
            }
            assign.accept(next(series, year));
            try {
                return insert.apply(document);
            } catch (DuplicateKeyException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    InvoiceNumber next(String series, int year) {
        Query highest = Query.query(
                        Criteria.where("series").is(series).and("year").is(year))
                .with(Sort.by(Sort.Direction.DESC, "sequence"))
                .limit(1);
        highest.fields().include("sequence");
        Document last = mongo.findOne(highest, Document.class, collection);
        return last == null
                ? InvoiceNumber.first(year)
                : new InvoiceNumber(year, ((Number) last.get("sequence")).longValue() + 1);
    }
}
