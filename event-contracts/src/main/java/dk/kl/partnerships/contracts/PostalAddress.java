package dk.kl.partnerships.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A postal address; {@code countryCode} is ISO 3166-1 alpha-2 ({@code DK}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostalAddress(String street, String postalCode, String city, String countryCode) {

    public PostalAddress {
        Require.text(street, "street");
        Require.text(postalCode, "postalCode");
        Require.text(city, "city");
        countryCode = countryCode == null ? "DK" : countryCode;
    }
}
