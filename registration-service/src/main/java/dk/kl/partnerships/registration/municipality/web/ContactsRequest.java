package dk.kl.partnerships.registration.municipality.web;

import dk.kl.partnerships.registration.municipality.ContactPerson;
import dk.kl.partnerships.registration.municipality.MunicipalityContacts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A municipality's contact addresses; one left out is removed. */
record ContactsRequest(
        @Valid Person coordinator,
        @Valid Person directorsOffice,
        @Valid Person invoiceContact) {

    record Person(
            @NotBlank @Size(max = 200) String name,

            @NotBlank
            @Size(max = 254)
            @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be an e-mail address")
            String email) {

        ContactPerson toContact() {
            return new ContactPerson(name.strip(), email.strip());
        }
    }

    MunicipalityContacts toContacts() {
        return new MunicipalityContacts(
                coordinator == null ? null : coordinator.toContact(),
                directorsOffice == null ? null : directorsOffice.toContact(),
                invoiceContact == null ? null : invoiceContact.toContact());
    }
}
