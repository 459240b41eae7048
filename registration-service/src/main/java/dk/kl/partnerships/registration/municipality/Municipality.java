package dk.kl.partnerships.registration.municipality;

import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One of the 98 municipalities, with the billing profile KL invoices it by. */
@Document("municipalities")
public class Municipality {

    @Id
    private final String code;

    private final String name;

    @Indexed
    private final String regionCode;

    private final String regionName;
    private BillingProfile billingProfile;

    @Version
    private Long version;

    public Municipality(String code, String name, String regionCode, String regionName) {
        this(code, name, regionCode, regionName, null, null);
    }

    @PersistenceCreator
    Municipality(
            String code,
            String name,
            String regionCode,
            String regionName,
            BillingProfile billingProfile,
            Long version) {
        this.code = code;
        this.name = name;
        this.regionCode = regionCode;
        this.regionName = regionName;
        this.billingProfile = billingProfile;
        this.version = version;
    }

    public void changeBillingProfile(BillingProfile profile) {
        this.billingProfile = profile;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String regionCode() {
        return regionCode;
    }

    public String regionName() {
        return regionName;
    }

    public Optional<BillingProfile> billingProfile() {
        return Optional.ofNullable(billingProfile);
    }

    public Long version() {
        return version;
    }
}
