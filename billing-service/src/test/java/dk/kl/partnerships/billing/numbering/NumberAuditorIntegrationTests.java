package dk.kl.partnerships.billing.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import dk.kl.partnerships.kit.test.IntegrationTest;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

@IntegrationTest
class NumberAuditorIntegrationTests {

    @Autowired
    MongoTemplate mongo;

    @Test
    void reportsEveryMissingNumberAndDuplicate() {
        String collection = "audit_" + UUID.randomUUID().toString().substring(0, 8);
        for (long sequence : new long[] {2, 3, 5, 5, 1500, 1501}) {
            mongo.getCollection(collection)
                    .insertOne(new Document("series", "INVOICE")
                            .append("year", 2026)
                            .append("sequence", sequence));
        }
        mongo.getCollection(collection)
                .insertOne(
                        new Document("series", "INVOICE").append("year", 2025).append("sequence", 9L));

        NumberAudit audit = new NumberAuditor(mongo).audit(collection, "INVOICE", 2026);

        assertThat(audit.first()).isEqualTo(2);
        assertThat(audit.last()).isEqualTo(1501);
        assertThat(audit.count()).isEqualTo(6);
        assertThat(audit.duplicates()).isEqualTo(1);
        assertThat(audit.gapCount()).isEqualTo(1 + 1 + 1494);
        assertThat(audit.gaps()).hasSize(NumberAudit.LISTED_GAPS).startsWith(1L, 4L, 6L, 7L);
        assertThat(audit.complete()).isFalse();
    }

    @Test
    void theGapCountFromTheIndexIsTheOneTheAuditFinds() {
        String collection = "gaps_" + UUID.randomUUID().toString().substring(0, 8);
        mongo.getCollection(collection)
                .createIndex(Indexes.ascending("series", "year", "sequence"), new IndexOptions().unique(true));
        NumberAuditor auditor = new NumberAuditor(mongo);
        assertThat(auditor.gaps(collection, "INVOICE", 2026)).isZero();

        for (long sequence = 1; sequence <= 5; sequence++) {
            mongo.getCollection(collection).insertOne(number("INVOICE", 2026, sequence));
        }
        mongo.getCollection(collection).insertOne(number("INVOICE", 2025, 40));
        mongo.getCollection(collection).insertOne(number("CREDIT_NOTE", 2026, 9));
        assertThat(auditor.gaps(collection, "INVOICE", 2026)).isZero();
        assertThat(auditor.audit(collection, "INVOICE", 2026).gapCount()).isZero();

        mongo.getCollection(collection).deleteOne(number("INVOICE", 2026, 3));
        mongo.getCollection(collection).insertOne(number("INVOICE", 2026, 9));
        assertThat(auditor.gaps(collection, "INVOICE", 2026))
                .isEqualTo(auditor.audit(collection, "INVOICE", 2026).gapCount())
                .isEqualTo(4);
        assertThat(auditor.gaps(collection, "CREDIT_NOTE", 2026)).isEqualTo(8);
    }

    private static Document number(String series, int year, long sequence) {
        return new Document("series", series).append("year", year).append("sequence", sequence);
    }

    @Test
    void anEmptyYearIsComplete() {
        NumberAudit audit = new NumberAuditor(mongo).audit("audit_empty", "INVOICE", 1999);

        assertThat(audit.count()).isZero();
        assertThat(audit.complete()).isTrue();
    }
}
