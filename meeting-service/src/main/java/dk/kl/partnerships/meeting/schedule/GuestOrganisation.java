package dk.kl.partnerships.meeting.schedule;

import dk.kl.partnerships.kit.domain.Ean;
import dk.kl.partnerships.kit.error.InvalidFieldException.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The organisation an outside guest comes from, as named at sign-up, with what it is invoiced by:
 * address and a CVR and/or EAN (GLN), and a reference it wants quoted. A meeting with a fee needs
 * them; one without may have the name only.
 */
public record GuestOrganisation(String name, Address address, String cvr, String ean, String reference) {

    public record Address(String street, String postalCode, String city) {}

    /**
     * Its electronic address, which also tells guests of one organisation apart from another's:
     * {@code 0088:<EAN>}, else {@code 0184:<CVR>} (the Peppol schemes), else an id of its name.
     */
    public String organisationId() {
        if (ean != null) {
            return "0088:" + ean;
        }
        if (cvr != null) {
            return "0184:" + cvr;
        }
        return "name:"
                + UUID.nameUUIDFromBytes(name.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    /** Problems with its identifiers, under {@code prefix} (e.g. {@code organisation.}). */
    void check(String prefix, List<FieldProblem> problems) {
        if (cvr != null && !cvr.matches("\\d{8}")) {
            problems.add(new FieldProblem(prefix + "cvr", "must be 8 digits"));
        }
        if (ean != null && !Ean.isValid(ean)) {
            problems.add(new FieldProblem(
                    prefix + "ean", "must be 13 digits starting with 579 and end with a valid check digit"));
        }
    }
}
