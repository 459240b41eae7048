package dk.kl.partnerships.contracts.meeting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.PostalAddress;
import dk.kl.partnerships.contracts.Require;

/**
 * The organisation outside guests came from, with the invoicing details given at sign-up: its name,
 * address, CVR and/or EAN (GLN) and an optional reference to quote. Address and a CVR or EAN are
 * present whenever the meeting charges a fee.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GuestOrganisation(String name, PostalAddress address, String cvr, String ean, String reference) {

    public GuestOrganisation {
        Require.text(name, "name");
    }
}
