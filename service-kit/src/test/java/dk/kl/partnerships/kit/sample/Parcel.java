package dk.kl.partnerships.kit.sample;

import java.math.BigDecimal;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A sample aggregate: state that changes together with the events it causes. */
@Document("parcels")
public record Parcel(@Id String id, @Version Long version, String status, BigDecimal amount, String note) {

    public Parcel withStatus(String status, String note) {
        return new Parcel(id, version, status, amount, note);
    }
}
