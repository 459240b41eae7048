package dk.kl.partnerships.billing.invoice;

/**
 * The invoiced municipality: its official name, the EAN its e-invoices go to, CVR, buyer reference
 * and address, and, when it gave them, its order reference and account string (konteringsstreng).
 */
public record Buyer(
        String name,
        String ean,
        String cvr,
        String reference,
        Address address,
        String orderReference,
        String accountingCost) {

    public record Address(String street, String postalCode, String city, String countryCode) {}
}
