package dk.kl.partnerships.billing.invoice;

/**
 * The invoiced municipality (or a guest organisation invoiced for its guests at a meeting, which may
 * have only one of EAN and CVR): its official name, the EAN its e-invoices go to, CVR, buyer reference
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

    /**
     * A guest organisation's id on the finance stream: its electronic address, {@code 0088:<EAN>}, or
     * {@code 0184:<CVR>} without an EAN (the meeting events' {@code organisationId}).
     */
    public String organisationId() {
        return ean != null ? "0088:" + ean : "0184:" + cvr;
    }
}
