package dk.kl.partnerships.registration.municipality;

import java.time.Instant;

/** What other services need to know of a municipality, as facts complete in themselves. */
public sealed interface MunicipalityEvent {

    /** The municipality's contact addresses as they are now; an absent contact is removed. */
    record ContactsChanged(
            String municipalityCode, String municipalityName, MunicipalityContacts contacts, Instant changedAt)
            implements MunicipalityEvent {}

    /** The municipality's billing profile as it is now: where its invoices go from now on. */
    record BillingProfileChanged(
            String municipalityCode, String municipalityName, BillingProfile profile, Instant changedAt)
            implements MunicipalityEvent {}
}
