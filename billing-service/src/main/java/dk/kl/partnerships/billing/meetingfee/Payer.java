package dk.kl.partnerships.billing.meetingfee;

import dk.kl.partnerships.billing.invoice.Buyer;

/**
 * Who owes a meeting fee for attendees: a municipality (invoiced to its current billing details), or
 * a guest organisation, by its id ({@code 0088:<EAN>}, {@code 0184:<CVR>}) and the details given at
 * sign-up.
 */
public record Payer(String municipalityCode, String organisationId, Buyer organisation) {

    public static Payer municipality(String municipalityCode) {
        return new Payer(municipalityCode, null, null);
    }

    public static Payer organisation(String organisationId, Buyer details) {
        return new Payer(null, organisationId, details);
    }

    /** Part of the ids of its charge and documents: the municipality code, or the organisation's id. */
    String key() {
        return municipalityCode != null ? municipalityCode : "org-" + organisationId.replaceAll("[^A-Za-z0-9-]", "-");
    }

    boolean guestOrganisation() {
        return municipalityCode == null;
    }
}
