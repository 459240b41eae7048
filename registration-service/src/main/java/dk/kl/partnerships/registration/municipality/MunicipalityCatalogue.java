package dk.kl.partnerships.registration.municipality;

import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the municipalities collection in step with the official list ({@code municipalities.csv}:
 * code, name, region) at start-up. Names and regions follow the list; billing profiles are never
 * touched. One bulk write; running it again changes nothing.
 */
@Component
class MunicipalityCatalogue implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MunicipalityCatalogue.class);
    static final String RESOURCE = "municipalities.csv";

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
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> {
                        String[] fields = line.split(",");
                        return new Municipality(fields[0].trim(), fields[1].trim(), fields[2].trim(), fields[3].trim());
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
