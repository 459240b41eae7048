package dk.kl.partnerships.registration.municipality;

import dk.kl.partnerships.kit.domain.ConflictRetry;
import dk.kl.partnerships.kit.error.NotFoundException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Reading municipalities and keeping their billing profiles and contacts. */
@Service
public class MunicipalityKeeping {

    private final MunicipalityRepository repository;
    private final MunicipalityChanges changes;
    private final Clock clock;

    MunicipalityKeeping(MunicipalityRepository repository, MunicipalityChanges changes, Clock clock) {
        this.repository = repository;
        this.changes = changes;
        this.clock = clock;
    }

    public Page<Municipality> list(String regionCode, Pageable page) {
        return regionCode == null ? repository.findAll(page) : repository.findByRegionCode(regionCode, page);
    }

    public Municipality get(String code) {
        return repository.findById(code).orElseThrow(() -> new NotFoundException("Municipality", code));
    }

    public List<Municipality> getAll(Collection<String> codes) {
        return repository.findByCodeIn(codes);
    }

    /** All municipalities but the given ones, e.g. those that have not answered a programme. */
    public Page<Municipality> listExcept(Collection<String> codes, Pageable page) {
        return repository.findByCodeNotIn(codes, page);
    }

    /** New contact addresses, stored with their announcement (MunicipalityContactsChanged). */
    public Municipality changeContacts(String code, MunicipalityContacts contacts) {
        return ConflictRetry.run(() -> {
            Municipality municipality = get(code);
            municipality.changeContacts(contacts, clock.instant());
            return changes.update(municipality);
        });
    }

    /** A new billing profile, stored with its announcement (BillingProfileChanged). */
    public Municipality changeBillingProfile(String code, BillingProfile profile) {
        return ConflictRetry.run(() -> {
            Municipality municipality = get(code);
            municipality.changeBillingProfile(profile, clock.instant());
            return changes.update(municipality);
        });
    }
}
