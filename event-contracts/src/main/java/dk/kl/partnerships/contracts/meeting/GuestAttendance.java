package dk.kl.partnerships.contracts.meeting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.Require;
import java.util.List;

/**
 * The outside guests of one organisation who attended a meeting, by id only (their names and e-mails
 * stay in the meeting service). {@code organisationId} is the organisation's electronic address:
 * {@code 0088:<EAN>} when it gave an EAN, otherwise {@code 0184:<CVR>}, otherwise an opaque id; with
 * a fee the organisation owes it for each of its guests.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GuestAttendance(String organisationId, GuestOrganisation organisation, List<String> guestIds) {

    public GuestAttendance {
        Require.text(organisationId, "organisationId");
        Require.present(organisation, "organisation");
        guestIds = Require.list(guestIds);
    }
}
