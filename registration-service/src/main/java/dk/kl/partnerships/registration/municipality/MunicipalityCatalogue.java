package dk.kl.partnerships.registration.municipality;

import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import dk.kl.partnerships.security.OfficialMunicipalities;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the municipalities collection in step with the platform's official list
 * ({@link OfficialMunicipalities}: code, name, region) at start-up. Names and regions follow the list; billing profiles are never
 * touched. One bulk write; running it again changes nothing.
 */
@Component
class MunicipalityCatalogue implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MunicipalityCatalogue.class);
    private final MongoTemplate mongo;

    MunicipalityCatalogue(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Municipality> municipalities = read();
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Municipality m : municipalities) {
            writes.add(new UpdateOneModel<>(
                    new Document("_id", m.code()),
                    Updates.combine(
                            Updates.set("name", m.name()),
                            Updates.set("regionCode", m.regionCode()),
                            Updates.set("regionName", m.regionName()),
                            Updates.setOnInsert("version", 0L)),
                    new UpdateOptions().upsert(true)));
        }
        mongo.getCollection(mongo.getCollectionName(Municipality.class)).bulkWrite(writes);
        log.info("Municipality catalogue holds {} municipalities", municipalities.size());
    }

    static List<Municipality> read() {
        return OfficialMunicipalities.all().stream()
                .map(m -> new Municipality(m.code(), m.name(), m.regionCode(), m.regionName()))
                .toList();
    }
}
