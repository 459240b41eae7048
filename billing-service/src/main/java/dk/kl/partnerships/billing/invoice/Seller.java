package dk.kl.partnerships.billing.invoice;

/** The invoicing organisation as every invoice names it. */
public record Seller(
        String name,
        String cvr,
        String street,
        String postalCode,
        String city,
        String countryCode,
        String ean,
        String bankAccount,
        String email) {}
