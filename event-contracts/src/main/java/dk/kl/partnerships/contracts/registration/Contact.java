package dk.kl.partnerships.contracts.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.Require;

/** A person or function mail is addressed to: a name and an e-mail address. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Contact(String name, String email) {

    public Contact {
        Require.text(name, "name");
        Require.text(email, "email");
    }
}
