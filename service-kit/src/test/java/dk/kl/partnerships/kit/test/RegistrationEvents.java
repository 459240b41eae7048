package dk.kl.partnerships.kit.test;

import dk.kl.partnerships.contracts.PostalAddress;
import dk.kl.partnerships.contracts.registration.BillingDetails;
import dk.kl.partnerships.contracts.registration.CouncilDecision;
import dk.kl.partnerships.contracts.registration.Instalment;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.MunicipalityWithdrew;
import dk.kl.partnerships.contracts.registration.NetworkChanged;
import dk.kl.partnerships.contracts.registration.NetworkFormed;
import dk.kl.partnerships.contracts.registration.ParticipantRegistered;
import dk.kl.partnerships.contracts.registration.ParticipantRole;
import dk.kl.partnerships.contracts.registration.ProgrammeCompleted;
import dk.kl.partnerships.contracts.registration.ProgrammeKind;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Registration's events as the other services receive them, with realistic content and fresh ids. */
public final class RegistrationEvents {

    public static final String EAN = "5798000012349";
    public static final String CVR = "29189900";

    private RegistrationEvents() {}

    /** A two-year partnership at 110,000.00 DKK, invoiced in two halves twelve months apart. */
    public static ProgrammePublished partnership(LocalDate startsOn) {
        return new ProgrammePublished(
                UUID.randomUUID().toString(),
                ProgrammeKind.PARTNERSHIP,
                "Partnerskab om kvalitet i dagtilbud",
                "Dagtilbud",
                startsOn,
                startsOn.plusYears(2),
                new BigDecimal("110000.00"),
                "DKK",
                new BigDecimal("25.00"),
                List.of(new Instalment(0, new BigDecimal("0.50")), new Instalment(12, new BigDecimal("0.50"))),
                List.of("faglig ledelse"),
                5,
                2,
                startsOn.minusMonths(4),
                startsOn.minusMonths(3),
                "dagtilbud");
    }

    /** A twelve-month network at 45,000.00 DKK, invoiced at joining. */
    public static ProgrammePublished network(LocalDate startsOn) {
        return new ProgrammePublished(
                UUID.randomUUID().toString(),
                ProgrammeKind.NETWORK,
                "Kommunalt netværk om økonomi og kvalitet i dagtilbud",
                "Dagtilbud",
                startsOn,
                startsOn.plusYears(1),
                new BigDecimal("45000.00"),
                "DKK",
                new BigDecimal("25.00"),
                List.of(new Instalment(0, new BigDecimal("1.00"))),
                List.of("økonomi"),
                5,
                2,
                startsOn.minusMonths(4),
                startsOn.minusMonths(3),
                "dagtilbud");
    }

    public static MunicipalityJoined joined(ProgrammePublished programme, String municipalityCode, LocalDate joinedOn) {
        return new MunicipalityJoined(
                UUID.randomUUID().toString(),
                programme.programmeId(),
                municipalityCode,
                "Kommune " + municipalityCode,
                joinedOn,
                new CouncilDecision(joinedOn.minusDays(1), "26/" + municipalityCode),
                new BillingDetails(
                        EAN,
                        CVR,
                        "BUV-" + municipalityCode,
                        new PostalAddress("Rådhustorvet 1", "7100", "Vejle", "DK"),
                        null,
                        null));
    }

    public static MunicipalityWithdrew withdrew(MunicipalityJoined joined, LocalDate withdrawnOn) {
        return new MunicipalityWithdrew(
                joined.enrolmentId(),
                joined.programmeId(),
                joined.municipalityCode(),
                withdrawnOn,
                "Byrådet har besluttet at udtræde");
    }

    public static ParticipantRegistered participant(MunicipalityJoined joined, ParticipantRole role) {
        String id = UUID.randomUUID().toString();
        return new ParticipantRegistered(
                joined.enrolmentId(),
                joined.programmeId(),
                joined.municipalityCode(),
                id,
                "Deltager " + id.substring(0, 8),
                id.substring(0, 8) + "@kommune" + joined.municipalityCode() + ".dk",
                role);
    }

    public static NetworkFormed networkFormed(ProgrammePublished programme, List<String> municipalityCodes) {
        return new NetworkFormed(
                UUID.randomUUID().toString(),
                programme.programmeId(),
                "Netværk " + String.join("-", municipalityCodes),
                municipalityCodes,
                List.of("faglig ledelse"));
    }

    /** The network's members after KL (or a withdrawal) changed them at the given revision. */
    public static NetworkChanged networkChanged(
            NetworkFormed network,
            List<String> municipalityCodes,
            int revision,
            NetworkChanged.ChangeKind kind,
            String municipalityCode) {
        boolean in = municipalityCodes.contains(municipalityCode);
        return new NetworkChanged(
                network.networkId(),
                network.programmeId(),
                network.name(),
                municipalityCodes,
                network.focusAreas(),
                revision,
                new NetworkChanged.Change(
                        kind,
                        municipalityCode,
                        in ? null : network.networkId(),
                        in ? network.networkId() : null,
                        "Ændret af KL"),
                Instant.parse("2026-05-04T08:15:00Z"));
    }

    public static ProgrammeCompleted completed(ProgrammePublished programme, LocalDate completedOn) {
        return new ProgrammeCompleted(programme.programmeId(), completedOn);
    }
}
