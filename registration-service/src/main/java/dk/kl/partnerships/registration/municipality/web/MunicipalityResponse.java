package dk.kl.partnerships.registration.municipality.web;

import dk.kl.partnerships.kit.security.Caller;
import dk.kl.partnerships.registration.municipality.BillingProfile;
import dk.kl.partnerships.registration.municipality.Municipality;
import dk.kl.partnerships.registration.municipality.MunicipalityContacts;

/**
 * A municipality; its billing profile only for KL, finance and the municipality itself, its contacts
 * (names and e-mail addresses of people) only for KL and the municipality itself.
 */
record MunicipalityResponse(
        String code,
        String name,
        String regionCode,
        String regionName,
        BillingProfile billingProfile,
        MunicipalityContacts contacts) {

    static MunicipalityResponse of(Municipality municipality, Caller caller) {
        return new MunicipalityResponse(
                municipality.code(),
                municipality.name(),
                municipality.regionCode(),
                municipality.regionName(),
                caller.canRead(municipality.code())
                        ? municipality.billingProfile().orElse(null)
                        : null,
                caller.canActFor(municipality.code()) ? municipality.contacts().orElse(null) : null);
    }
}
