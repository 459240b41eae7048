package dk.kl.partnerships.kit.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Every gauge whose figure is read from MongoDB — the business state (enrolments by state, meetings
 * by status, invoices overdue, ...), the outbox backlog, the invoice-number audit — read by one
 * query per gauge family (or per state counted) every refresh interval on a thread of its own, never per scrape, so a busy
 * Prometheus costs the database nothing more and a slow database never slows a scrape. Every instance of a service reports the
 * same figures: dashboards take the maximum over instances, not the sum.
 */
public final class StateGauges implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StateGauges.class);
    private static final String VALUE = "value";

    private final MongoTemplate mongo;
    private final MeterRegistry meters;
    private final List<Family> families = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService refresher;

    public StateGauges(MongoTemplate mongo, MeterRegistry meters, Duration refreshInterval) {
        this.mongo = mongo;
        this.meters = meters;
        this.refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "state-gauges");
            thread.setDaemon(true);
            return thread;
        });
        refresher.scheduleWithFixedDelay(this::refresh, 2_000, refreshInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * How many documents matching {@code match} have each of the field's values, as {@code name{tag=value}}:
     * one count per value, so that with an index on the field each count reads only that value's part
     * of the index, not every document of the collection.
     */
    public void countBy(
            String name,
            String description,
            String collection,
            Document match,
            String field,
            String tag,
            Collection<String> values) {
        List<String> known = List.copyOf(values);
        register(name, description, null, Tags.empty(), tag, known, () -> {
            Map<String, Double> counted = new LinkedHashMap<>();
            for (String value : known) {
                counted.put(
                        value, (double) mongo.getCollection(collection).countDocuments(withValue(match, field, value)));
            }
            return counted;
        });
    }

    private static Document withValue(Document match, String field, String value) {
        if (match.containsKey(field)) {
            return new Document("$and", List.of(match, new Document(field, value)));
        }
        return new Document(match).append(field, value);
    }

    /** How many elements of the documents' array field have each value of the element's field. */
    public void countElementsBy(
            String name,
            String description,
            String collection,
            Document match,
            String array,
            String field,
            String tag,
            Collection<String> values) {
        register(
                name,
                description,
                null,
                tag,
                values,
                collection,
                List.of(
                        new Document("$match", match),
                        new Document("$unwind", "$" + array),
                        new Document(
                                "$group",
                                new Document("_id", "$" + array + "." + field)
                                        .append(VALUE, new Document("$sum", 1)))));
    }

    /** How many elements the array field has in all the documents matching. */
    public void countElements(String name, String description, String collection, Document match, String array) {
        register(
                name,
                description,
                null,
                null,
                List.of(),
                collection,
                List.of(
                        new Document("$match", match),
                        new Document("$unwind", "$" + array),
                        new Document("$group", new Document("_id", null).append(VALUE, new Document("$sum", 1)))));
    }

    /** How many documents match; the match is made afresh at every count (it may name today's date). */
    public void count(String name, String description, String collection, Supplier<Document> match) {
        register(
                name,
                description,
                null,
                null,
                List.of(),
                collection,
                () -> List.of(
                        new Document("$match", match.get()),
                        new Document("$group", new Document("_id", null).append(VALUE, new Document("$sum", 1)))));
    }

    /** A figure the caller computes from the store (over several collections, say), refreshed with the rest. */
    public void value(String name, String description, String baseUnit, Tags tags, DoubleSupplier reading) {
        register(
                name,
                description,
                baseUnit,
                tags,
                null,
                List.of(),
                () -> Collections.singletonMap(null, reading.getAsDouble()));
    }

    /** The sum of a numeric (or Decimal128) field over the documents matching: an amount, say. */
    public void sum(String name, String description, String baseUnit, String collection, Document match, String field) {
        register(
                name,
                description,
                baseUnit,
                null,
                List.of(),
                collection,
                List.of(
                        new Document("$match", match),
                        new Document(
                                "$group", new Document("_id", null).append(VALUE, new Document("$sum", "$" + field)))));
    }

    private void register(
            String name,
            String description,
            String baseUnit,
            String tag,
            Collection<String> values,
            String collection,
            List<Document> pipeline) {
        register(name, description, baseUnit, tag, values, collection, () -> pipeline);
    }

    private void register(
            String name,
            String description,
            String baseUnit,
            String tag,
            Collection<String> values,
            String collection,
            Supplier<List<Document>> pipeline) {
        register(name, description, baseUnit, Tags.empty(), tag, values, () -> count(collection, pipeline.get()));
    }

    /** One gauge per value of the tag (or one untagged gauge), all fed by one reading. */
    private void register(
            String name,
            String description,
            String baseUnit,
            Tags tags,
            String tag,
            Collection<String> values,
            Supplier<Map<String, Double>> reading) {
        Family family = new Family(name, reading);
        List<String> keys = tag == null ? Collections.singletonList(null) : List.copyOf(values);
        for (String key : keys) {
            Gauge.Builder<Family> gauge = Gauge.builder(name, family, f -> f.value(key))
                    .description(description)
                    .baseUnit(baseUnit)
                    .tags(tags);
            if (tag != null) {
                gauge.tag(tag, key);
            }
            gauge.register(meters);
        }
        families.add(family);
    }

    /** Reads every figure again; runs on its own thread every refresh interval. */
    public void refresh() {
        for (Family family : families) {
            try {
                family.values.set(family.reading.get());
            } catch (RuntimeException e) {
                log.warn("Could not read {} for its gauge: {}", family.name, e.getMessage());
            }
        }
    }

    private Map<String, Double> count(String collection, List<Document> pipeline) {
        Map<String, Double> counted = new LinkedHashMap<>();
        for (Document row : mongo.getCollection(collection).aggregate(pipeline)) {
            Object key = row.get("_id");
            counted.put(key == null ? null : key.toString(), number(row.get(VALUE)));
        }
        return counted;
    }

    private static double number(Object value) {
        if (value instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue().doubleValue();
        }
        return value instanceof Number number ? number.doubleValue() : 0;
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }

    private static final class Family {

        private final String name;
        private final Supplier<Map<String, Double>> reading;
        private final AtomicReference<Map<String, Double>> values = new AtomicReference<>();

        private Family(String name, Supplier<Map<String, Double>> reading) {
            this.name = name;
            this.reading = reading;
        }

        /** NaN until first counted, so that a gauge never claims a 0 it did not count. */
        double value(String key) {
            Map<String, Double> counted = values.get();
            return counted == null ? Double.NaN : counted.getOrDefault(key, 0.0);
        }
    }
}
