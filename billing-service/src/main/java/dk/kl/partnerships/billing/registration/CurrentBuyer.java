package dk.kl.partnerships.billing.registration;

import dk.kl.partnerships.billing.invoice.Buyer;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A municipality's buyer details from its latest billing profile change, one document per
 * municipality: the details invoices issued from now on go to, unless a joining recorded later
 * carries newer ones.
 */
@Document("current_buyers")
public class CurrentBuyer {

    @Id
    private final String municipalityCode;

    private Buyer buyer;
    private Instant changedAt;

    @Version
    private Long version;

    @PersistenceCreator
    CurrentBuyer(String municipalityCode, Buyer buyer, Instant changedAt, Long version) {
        this.municipalityCode = municipalityCode;
        this.buyer = buyer;
        this.changedAt = changedAt;
        this.version = version;
    }

    static CurrentBuyer of(String municipalityCode) {
        return new CurrentBuyer(municipalityCode, null, null, null);
    }

    /** Takes the profile unless a later one is known already (a redelivered or late event changes nothing). */
    void change(Buyer buyer, Instant changedAt) {
        if (this.changedAt == null || changedAt.isAfter(this.changedAt)) {
            this.buyer = buyer;
            this.changedAt = changedAt;
        }
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public Buyer buyer() {
        return buyer;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
