package dk.kl.partnerships.contracts.registration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.Require;
import java.time.LocalDate;

/** The municipal council's approval of the partnership agreement: its date and case reference. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CouncilDecision(LocalDate date, String reference) {

    public CouncilDecision {
        Require.present(date, "date");
        Require.text(reference, "reference");
    }
}
