package dk.kl.partnerships.kit.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.kit.test.IntegrationTest;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

@IntegrationTest
class StateGaugesIntegrationTests {

    @Autowired
    MongoTemplate mongo;

    @Test
    void countsSumsAndElementCountsComeFromTheStoreAtEachRefresh() {
        String collection = "gauges_" + UUID.randomUUID().toString().replace("-", "");
        mongo.getCollection(collection)
                .insertMany(List.of(
                        new Document("status", "ISSUED")
                                .append("gross", new Decimal128(new BigDecimal("56250.00")))
                                .append("lines", List.of(new Document("kind", "FEE"), new Document("kind", "FEE"))),
                        new Document("status", "ISSUED")
                                .append("gross", new Decimal128(new BigDecimal("1875.50")))
                                .append("lines", List.of(new Document("kind", "INSTALMENT"))),
                        new Document("status", "PAID")
                                .append("gross", new Decimal128(new BigDecimal("0.25")))
                                .append("lines", List.of())));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        StateGauges gauges = new StateGauges(mongo, meters, Duration.ofHours(1));
        try {
            gauges.countBy(
                    "test.invoices",
                    "by status",
                    collection,
                    new Document(),
                    "status",
                    "status",
                    List.of("ISSUED", "PAID", "CREDITED"));
            gauges.count("test.unpaid", "unpaid", collection, () -> new Document("status", "ISSUED"));
            gauges.sum("test.gross", "gross", "dkk", collection, new Document(), "gross");
            gauges.countElementsBy(
                    "test.lines",
                    "lines by kind",
                    collection,
                    new Document("status", "ISSUED"),
                    "lines",
                    "kind",
                    "kind",
                    List.of("FEE", "INSTALMENT"));
            gauges.countElements("test.all.lines", "lines", collection, new Document(), "lines");
            gauges.value(
                    "test.computed",
                    "computed by the caller",
                    "seconds",
                    Tags.of("series", "INVOICE"),
                    () -> mongo.getCollection(collection).countDocuments() * 1.5);

            assertThat(meters.get("test.invoices")
                            .tag("status", "ISSUED")
                            .gauge()
                            .value())
                    .as("not counted yet: no figure rather than a wrong one")
                    .isNaN();

            gauges.refresh();
            assertThat(meters.get("test.invoices")
                            .tag("status", "ISSUED")
                            .gauge()
                            .value())
                    .isEqualTo(2);
            assertThat(meters.get("test.invoices").tag("status", "PAID").gauge().value())
                    .isEqualTo(1);
            assertThat(meters.get("test.invoices")
                            .tag("status", "CREDITED")
                            .gauge()
                            .value())
                    .isZero();
            assertThat(meters.get("test.unpaid").gauge().value()).isEqualTo(2);
            assertThat(meters.get("test.gross").gauge().value()).isEqualTo(58125.75);
            assertThat(meters.get("test.gross").gauge().getId().getBaseUnit()).isEqualTo("dkk");
            assertThat(meters.get("test.lines").tag("kind", "FEE").gauge().value())
                    .isEqualTo(2);
            assertThat(meters.get("test.lines")
                            .tag("kind", "INSTALMENT")
                            .gauge()
                            .value())
                    .isEqualTo(1);
            assertThat(meters.get("test.all.lines").gauge().value()).isEqualTo(3);
            assertThat(meters.get("test.computed")
                            .tag("series", "INVOICE")
                            .gauge()
                            .value())
                    .isEqualTo(4.5);
            assertThat(meters.get("test.computed").gauge().getId().getBaseUnit())
                    .isEqualTo("seconds");

            mongo.getCollection(collection)
                    .updateMany(new Document("status", "ISSUED"), new Document("$set", new Document("status", "PAID")));
            gauges.refresh();
            assertThat(meters.get("test.invoices")
                            .tag("status", "ISSUED")
                            .gauge()
                            .value())
                    .isZero();
            assertThat(meters.get("test.invoices").tag("status", "PAID").gauge().value())
                    .isEqualTo(3);
            assertThat(meters.get("test.unpaid").gauge().value()).isZero();
        } finally {
            gauges.destroy();
            mongo.dropCollection(collection);
        }
    }
}
