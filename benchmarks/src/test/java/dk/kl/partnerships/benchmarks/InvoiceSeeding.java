package dk.kl.partnerships.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;

/**
 * Stored history without going through the pipeline: copies of an invoice billing itself stored, with new
 * ids, numbers, programmes, municipalities and causes, inserted in bounded batches. The numbers continue
 * the invoice's series and year without a gap, and the series' hint is raised past them the way billing
 * raises it after an insert, so billing's gapless numbering goes on from there as if it had issued them.
 */
final class InvoiceSeeding implements AutoCloseable {

    private final MongoClient client;
    private final MongoCollection<Document> invoices;
    private final MongoCollection<Document> hints;

    InvoiceSeeding(String mongoUri) {
        client = MongoClients.create(mongoUri);
        MongoDatabase billing = client.getDatabase("billing");
        invoices = billing.getCollection("invoices");
        hints = billing.getCollection("number_hints");
    }

    long stored() {
        return invoices.countDocuments();
    }

    /** Inserts copies until {@code target} invoices are stored, {@code batch} at a time; how many it added. */
    long seedUpTo(long target, int batch) {
        long missing = target - stored();
        if (missing <= 0) {
            return 0;
        }
        // one invoice of each municipality the pipeline invoiced: a copy keeps its buyer together with its key
        List<Document> templates = new ArrayList<>();
        for (String code : Processes.Municipalities.codes()) {
            // published: nothing waits in its outbox (the relay leaves the array empty and drops the sequence)
            Document template = invoices.find(
                            Filters.and(Filters.eq("municipalityCode", code), Filters.exists("_outboxSeq", false)))
                    .first();
            if (template != null) {
                templates.add(template);
            }
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("No published invoice to copy: run the pipeline first");
        }
        String series = templates.get(0).getString("series");
        int year = ((Number) templates.get(0).get("year")).intValue();
        Document highest = invoices.find(Filters.and(Filters.eq("series", series), Filters.eq("year", year)))
                .sort(Sorts.descending("sequence"))
                .limit(1)
                .first();
        long sequence = ((Number) highest.get("sequence")).longValue();
        String programme = UUID.randomUUID().toString();
        List<Document> pending = new ArrayList<>();
        for (long i = 0; i < missing; i++) {
            if (i % templates.size() == 0) {
                programme = UUID.randomUUID().toString();
            }
            Document template = templates.get((int) (i % templates.size()));
            sequence++;
            Document copy = new Document(template);
            copy.put("_id", UUID.randomUUID().toString());
            copy.put("sequence", sequence);
            copy.put("number", "%d-%06d".formatted(year, sequence));
            copy.put("programmeId", programme);
            Document cause = new Document(template.get("cause", Document.class));
            cause.put("eventId", UUID.randomUUID().toString());
            copy.put("cause", cause);
            pending.add(copy);
            if (pending.size() == batch) {
                invoices.insertMany(pending);
                pending.clear();
            }
        }
        if (!pending.isEmpty()) {
            invoices.insertMany(pending);
        }
        hints.updateOne(
                Filters.eq("_id", "invoices:" + series + ":" + year),
                Updates.max("taken", sequence),
                new UpdateOptions().upsert(true));
        return missing;
    }

    @Override
    public void close() {
        client.close();
    }
}
