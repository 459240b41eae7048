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
import org.springframework.data.mongodb.core.query.Update;

/**
 * Gapless numbers without a counter: a document takes the first free number of its series and year,
 * and the number is written in the same single insert as the document. A unique index on (series,
 * year, sequence) turns a race between two writers into a retry, and a crash can leave no gap because
 * a number exists only together with its document.
 *
 * <p>The first free number is found from a hint — the highest number known to be taken, kept in
 * {@value #HINTS} and raised after each insert — by looking up the numbers after it, each one a
 * lookup in the unique index: so numbering costs the same with ten or ten million documents stored,
 * on any store. The hint only saves looking: it is never above a number taken, and a hint that lags
 * (a crash before it was raised, another writer) costs one more lookup. Without a hint whose number
 * is stored (a store numbered before hints were kept) the highest stored number is read instead.
 */
public final class GaplessNumbering {

    static final String HINTS = "number_hints";
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
            InvoiceNumber number = next(series, year);
            assign.accept(number);
            try {
                T stored = insert.apply(document);
                raiseHint(series, number);
                return stored;
            } catch (DuplicateKeyException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    InvoiceNumber next(String series, int year) {
        long candidate = hint(series, year) + 1;
        while (taken(series, year, candidate)) {
            candidate++;
        }
        return new InvoiceNumber(year, candidate);
    }

    private boolean taken(String series, int year, long sequence) {
        return mongo.exists(
                Query.query(Criteria.where("series")
                        .is(series)
                        .and("year")
                        .is(year)
                        .and("sequence")
                        .is(sequence)),
                collection);
    }

    /** The highest number known to be taken in the series and year; 0 when none is. */
    private long hint(String series, int year) {
        Document hint = mongo.findById(hintId(series, year), Document.class, HINTS);
        if (hint != null) {
            long taken = ((Number) hint.get("taken")).longValue();
            // A hint whose number is not stored (its documents were removed) is no evidence of anything.
            if (taken(series, year, taken)) {
                return taken;
            }
        }
        Query highest = Query.query(
                        Criteria.where("series").is(series).and("year").is(year))
                .with(Sort.by(Sort.Direction.DESC, "sequence"))
                .limit(1);
        highest.fields().include("sequence");
        Document last = mongo.findOne(highest, Document.class, collection);
        return last == null ? 0 : ((Number) last.get("sequence")).longValue();
    }

    private void raiseHint(String series, InvoiceNumber taken) {
        mongo.upsert(
                Query.query(Criteria.where("_id").is(hintId(series, taken.year()))),
                new Update().max("taken", taken.sequence()),
                HINTS);
    }

    private String hintId(String series, int year) {
        return collection + ":" + series + ":" + year;
    }
}
