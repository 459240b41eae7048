package dk.kl.partnerships.notification.registration;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The contact addresses of the 98 municipalities, kept from registration's events: the latest
 * announcement replaces what was known, an older one arriving late changes nothing.
 */
@Service
public class ContactKeeping {

    private final MunicipalityContactsRepository municipalities;

    ContactKeeping(MunicipalityContactsRepository municipalities) {
        this.municipalities = municipalities;
    }

    public void changed(MunicipalityContacts contacts) {
        Optional<MunicipalityContacts> known = municipalities.findById(contacts.code());
        if (known.isEmpty() || !known.get().changedAt().isAfter(contacts.changedAt())) {
            municipalities.save(contacts);
        }
    }

    public Optional<MunicipalityContacts> of(String code) {
        return municipalities.findById(code);
    }

    /** Every municipality with contacts: at most the 98 of the country. */
    public List<MunicipalityContacts> all() {
        return municipalities.findAll();
    }

    /** Forgets an address wherever it is a contact. */
    public void erase(String email) {
        municipalities.findByAnyEmail(email).forEach(m -> municipalities.save(m.without(email)));
    }
}
