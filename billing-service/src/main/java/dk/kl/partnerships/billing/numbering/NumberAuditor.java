package dk.kl.partnerships.billing.numbering;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads a series' numbers in order — only the numbers, batch by batch — and reports the gaps
 * between them, and as duplicates any documents beyond one per number.
 */
final class NumberAuditor {

    private static final int BATCH = 1000;

    private final MongoTemplate mongo;

    public NumberAuditor(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public NumberAudit audit(String collection, String series, int year) {
        Long first = null;
        long previous = 0;
        long distinct = 0;
        long gapCount = 0;
        List<Long> gaps = new ArrayList<>();
        long after = Long.MIN_VALUE;
        boolean more = true;
        while (more) {
            Query page = Query.query(Criteria.where("series")
                            .is(series)
                            .and("year")
                            .is(year)
                            .and("sequence")
                            .gt(after))
                    .with(Sort.by("sequence"))
                    .limit(BATCH);
            page.fields().include("sequence");
            List<Document> numbers = mongo.find(page, Document.class, collection);
            for (Document number : numbers) {
                long sequence = ((Number) number.get("sequence")).longValue();
                if (first != null && sequence == previous) {
                    continue;
                }
                long expected = first == null ? 1 : previous + 1;
                for (long missing = expected; missing < sequence; missing++) {
                    gapCount++;
                    if (gaps.size() < NumberAudit.LISTED_GAPS) {
                        gaps.add(missing);
                    }
                }
                if (first == null) {
                    first = sequence;
                }
                previous = sequence;
                distinct++;
                after = sequence;
            }
            more = numbers.size() == BATCH;
        }
        long count = mongo.count(ofYear(series, year), collection);
        return new NumberAudit(
                series, year, first, first == null ? null : previous, count, gapCount, gaps, count - distinct);
    }

    /**
     * How many numbers of the year are missing, without reading the series: the unique (series, year,
     * sequence) index allows one document per number, so the numbers missing below the highest are the
     * highest minus how many there are. Both come from the index — the highest as the first entry of
     * the year in descending order, the count from its entries — so no document is read, as
     * {@link #audit} reads them. A negative figure would mean numbers used twice, which the index rules
     * out; it is reported as it is rather than hidden.
     */
    public long gaps(String collection, String series, int year) {
        Query highest = ofYear(series, year)
                .with(Sort.by(Sort.Direction.DESC, "sequence"))
                .limit(1);
        highest.fields().include("sequence").exclude("_id");
        Document last = mongo.findOne(highest, Document.class, collection);
        if (last == null) {
            return 0;
        }
        long count = mongo.count(ofYear(series, year), collection);
        return ((Number) last.get("sequence")).longValue() - count;
    }

    private static Query ofYear(String series, int year) {
        return Query.query(Criteria.where("series").is(series).and("year").is(year));
    }
}
