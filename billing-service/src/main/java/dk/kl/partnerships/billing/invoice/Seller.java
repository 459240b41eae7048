package dk.kl.partnerships.billing.invoice;

/** The invoicing organisation as every invoice names it, and where it is paid. */
public record Seller(
        String name,
        String cvr,
        String street,
        String postalCode,
        String city,
        String countryCode,
        String ean,
        String email,
        PaymentAccount payment) {}
