package dk.kl.partnerships.registration.municipality;

import dk.kl.partnerships.kit.domain.AggregateRoot;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One of the 98 municipalities, with the billing profile KL invoices it by and the addresses KL writes to. */
@Document("municipalities")
public class Municipality extends AggregateRoot<MunicipalityEvent> {

    @Id
    private final String code;

    private final String name;

    @Indexed
    private final String regionCode;

    private final String regionName;
    private BillingProfile billingProfile;
    private MunicipalityContacts contacts;

    @Version
    private Long version;

    public Municipality(String code, String name, String regionCode, String regionName) {
        this(code, name, regionCode, regionName, null, null, null);
    }

    @PersistenceCreator
    Municipality(
            String code,
            String name,
            String regionCode,
            String regionName,
            BillingProfile billingProfile,
            MunicipalityContacts contacts,
            Long version) {
        this.code = code;
        this.name = name;
        this.regionCode = regionCode;
        this.regionName = regionName;
        this.billingProfile = billingProfile;
        this.contacts = contacts;
        this.version = version;
    }

    /** A new billing profile, announced so that invoices issued from now on go to it. */
    public void changeBillingProfile(BillingProfile profile, Instant now) {
        this.billingProfile = profile;
        record(new MunicipalityEvent.BillingProfileChanged(code, name, profile, now));
    }

    /** New contact addresses, announced to the services that write to the municipality. */
    public void changeContacts(MunicipalityContacts contacts, Instant now) {
        this.contacts = contacts;
        record(new MunicipalityEvent.ContactsChanged(
                code, name, contacts == null ? new MunicipalityContacts(null, null, null) : contacts, now));
    }

    public Optional<MunicipalityContacts> contacts() {
        return Optional.ofNullable(contacts);
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
