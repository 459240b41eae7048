package dk.kl.partnerships.billing.invoice;

/** The invoiced municipality: name, the EAN its e-invoices go to, CVR, buyer reference and address. */
public record Buyer(String name, String ean, String cvr, String reference, Address address) {

    public record Address(String street, String postalCode, String city, String countryCode) {}
}
