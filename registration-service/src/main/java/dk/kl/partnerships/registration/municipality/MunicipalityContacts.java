package dk.kl.partnerships.registration.municipality;

/**
 * Where KL's letters to a municipality go: its coordinator (the programmes' day-to-day contact),
 * the director's office (invitations and council matters) and the invoice contact; any may be absent.
 */
public record MunicipalityContacts(
        ContactPerson coordinator, ContactPerson directorsOffice, ContactPerson invoiceContact) {}
