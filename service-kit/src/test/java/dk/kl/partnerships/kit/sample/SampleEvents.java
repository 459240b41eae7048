package dk.kl.partnerships.kit.sample;

import dk.kl.partnerships.contracts.PostalAddress;
import dk.kl.partnerships.contracts.registration.BillingDetails;
import dk.kl.partnerships.contracts.registration.CouncilDecision;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.MunicipalityWithdrew;
import dk.kl.partnerships.contracts.registration.ProgrammeCompleted;
import java.time.LocalDate;

/** Valid contract events for the kit's tests. */
public final class SampleEvents {

    private SampleEvents() {}

    public static ProgrammeCompleted programmeCompleted(String programmeId) {
        return new ProgrammeCompleted(programmeId, LocalDate.of(2026, 6, 30));
    }

    public static MunicipalityJoined joined(String enrolmentId, String municipalityCode) {
        return new MunicipalityJoined(
                enrolmentId,
                "programme-1",
                municipalityCode,
                "Vejle",
                LocalDate.of(2026, 3, 2),
                new CouncilDecision(LocalDate.of(2026, 3, 1), "26/1234"),
                new BillingDetails(
                        "5798000012349",
                        "29189900",
                        "BUV-4711",
                        new PostalAddress("Skolegade 1", "7100", "Vejle", "DK"),
                        null,
                        null));
    }

    public static MunicipalityWithdrew withdrew(String enrolmentId, String municipalityCode, String reason) {
        return new MunicipalityWithdrew(enrolmentId, "programme-1", municipalityCode, LocalDate.of(2026, 4, 1), reason);
    }
}
