package dk.kl.partnerships.registration.municipality;

/** The postal address on a municipality's invoices. */
public record InvoiceAddress(String street, String postalCode, String city, String countryCode) {}
