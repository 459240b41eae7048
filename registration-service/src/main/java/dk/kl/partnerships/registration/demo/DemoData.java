package dk.kl.partnerships.registration.demo;

import dk.kl.partnerships.kit.domain.BusinessTime;
import dk.kl.partnerships.kit.security.Caller;
import dk.kl.partnerships.registration.enrolment.CouncilDecision;
import dk.kl.partnerships.registration.enrolment.Enrolling;
import dk.kl.partnerships.registration.enrolment.Enrolment;
import dk.kl.partnerships.registration.enrolment.ParticipantRole;
import dk.kl.partnerships.registration.municipality.BillingProfile;
import dk.kl.partnerships.registration.municipality.InvoiceAddress;
import dk.kl.partnerships.registration.municipality.Municipality;
import dk.kl.partnerships.registration.municipality.MunicipalityKeeping;
import dk.kl.partnerships.registration.network.NetworkForming;
import dk.kl.partnerships.registration.network.NetworkProposal;
import dk.kl.partnerships.registration.network.ProgrammeNetworks.NetworkDraft;
import dk.kl.partnerships.registration.programme.Programme;
import dk.kl.partnerships.registration.programme.ProgrammeKind;
import dk.kl.partnerships.registration.programme.ProgrammePlanning;
import dk.kl.partnerships.registration.programme.ProgrammeTerms;
import dk.kl.partnerships.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Loads the four programmes of the source documents, with the municipalities the documents name,
 * through the same use cases a user calls — so every event flows to the other services as it
 * would in real use. Runs with the {@code demo} profile ({@code ./run.sh --demo}); a programme
 * already loaded is left alone, so loading twice changes nothing.
 *
 * <p>Every programme is loaded with its timeline, through the same use cases reading a clock that
 * stands on the day in question: the municipalities answer in the three weeks before the interest
 * deadline, and KL records each council's approval on the first working day after the council
 * decided, so the joining (and the {@code MunicipalityJoined} billing invoices from) is dated then.
 * The daycare partnership of 2017–2019: the councils approve between
 * the interest deadline (5 May 2017) and the approval deadline (16 June 2017), each municipality
 * names two participants, and KL confirms the proposed networks before the programme ends. The
 * meeting and evaluation services' own demo loaders then give those networks their theme days and
 * the municipalities their self-evaluations. Programmes whose end date has passed are completed,
 * dated by that end date, which requests the final self-evaluations.
 *
 * <p>The documents name the nine municipalities of the SFO/club partnership; the daycare
 * partnership's 26 and the twelve of the inclusive-communities partnership are not named, so an
 * illustrative selection across the regions stands in for them.
 */
@Component
@Profile("demo")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final Caller KL = new Caller("demo-loader", Set.of(Role.KL_ADMIN), null);
    /** Why KL records answers and approvals of past programmes after their deadlines. */
    private static final String HISTORY =
            "Demonstrationsdata: et afsluttet eller igangværende forløb indlæses efterfølgende";

    static final List<String> DAYCARE_FOCUS_AREAS = List.of(
            "tværprofessionelt samarbejde",
            "digitalt understøttet læring",
            "forældreinvolvering",
            "faglig ledelse",
            "evalueringskultur",
            "mål, dokumentation og data");
    static final List<String> SFO_FOCUS_AREAS = List.of(
            "strategisk ledelse",
            "faglig ledelse",
            "tværprofessionel ledelse",
            "evalueringskultur",
            "fritidspædagogisk kvalitet",
            "børn og unges trivsel");
    static final List<String> NETWORK_FOCUS_AREAS = List.of(
            "ressourceudnyttelse",
            "databaseret ledelse",
            "arbejdstilrettelæggelse",
            "sprogvurdering og progression",
            "børns trivsel");
    static final List<String> COMMUNITIES_FOCUS_AREAS = List.of(
            "ledelse af inkluderende fællesskaber",
            "politisk retning og faglig praksis",
            "overgange mellem dagtilbud og skole",
            "forældresamarbejde");

    /** Egedal, Ringsted, Vallensbæk, Hvidovre, Næstved, Herlev, Herning, Ikast-Brande, Vejle (named in the documents). */
    static final List<String> SFO_MUNICIPALITIES =
            List.of("240", "329", "187", "167", "370", "163", "657", "756", "630");
    /** Illustrative: 26 municipalities across the five regions. */
    static final List<String> DAYCARE_MUNICIPALITIES = List.of(
            "101", "147", "151", "157", "173", "219", "230", "250", "265", "259", "316", "330", "360", "461", "530",
            "561", "621", "615", "657", "727", "751", "791", "851", "813", "820", "860");
    /** Billund and Faaborg-Midtfyn are named in the network's invitation; the rest is illustrative. */
    static final List<String> NETWORK_MUNICIPALITIES = List.of("530", "430", "410", "479", "607", "766");
    /** Illustrative: twelve municipalities. */
    static final List<String> COMMUNITIES_MUNICIPALITIES =
            List.of("153", "159", "161", "183", "190", "253", "269", "326", "420", "510", "710", "740");

    private final ProgrammePlanning programmes;
    private final Enrolling enrolments;
    private final MunicipalityKeeping municipalities;
    private final NetworkForming networks;

    DemoData(
            ProgrammePlanning programmes,
            Enrolling enrolments,
            MunicipalityKeeping municipalities,
            NetworkForming networks) {
        this.programmes = programmes;
        this.enrolments = enrolments;
        this.municipalities = municipalities;
        this.networks = networks;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        load(
                new ProgrammeTerms(
                        ProgrammeKind.PARTNERSHIP,
                        "Partnerskab om udvikling af kvalitet i dagtilbud",
                        "Dagtilbud",
                        LocalDate.of(2017, 9, 20),
                        LocalDate.of(2019, 9, 18),
                        new BigDecimal("110000.00"),
                        null,
                        null,
                        DAYCARE_FOCUS_AREAS,
                        5,
                        2,
                        LocalDate.of(2017, 5, 5),
                        LocalDate.of(2017, 6, 16),
                        4,
                        10),
                DAYCARE_MUNICIPALITIES,
                DAYCARE_FOCUS_AREAS,
                History.NETWORKS);
        load(
                new ProgrammeTerms(
                        ProgrammeKind.NETWORK,
                        "Kommunalt netværk om økonomi og kvalitet i dagtilbud",
                        "Dagtilbud",
                        LocalDate.of(2018, 8, 1),
                        LocalDate.of(2019, 6, 30),
                        new BigDecimal("45000.00"),
                        null,
                        null,
                        NETWORK_FOCUS_AREAS,
                        5,
                        0,
                        LocalDate.of(2018, 5, 1),
                        LocalDate.of(2018, 6, 15),
                        4,
                        10),
                NETWORK_MUNICIPALITIES,
                NETWORK_FOCUS_AREAS,
                History.ENROLMENTS);
        load(
                new ProgrammeTerms(
                        ProgrammeKind.PARTNERSHIP,
                        "Partnerskab om kvalitet i SFO- og klubtilbud",
                        "SFO og klub",
                        LocalDate.of(2022, 1, 10),
                        LocalDate.of(2023, 12, 15),
                        new BigDecimal("110000.00"),
                        null,
                        null,
                        SFO_FOCUS_AREAS,
                        5,
                        2,
                        LocalDate.of(2021, 10, 1),
                        LocalDate.of(2021, 12, 1),
                        4,
                        10),
                SFO_MUNICIPALITIES,
                SFO_FOCUS_AREAS,
                History.ENROLMENTS);
        load(
                new ProgrammeTerms(
                        ProgrammeKind.PARTNERSHIP,
                        "Stærke og inkluderende fællesskaber i dagtilbud og skoler",
                        "Dagtilbud og skole",
                        LocalDate.of(2023, 1, 9),
                        LocalDate.of(2023, 12, 31),
                        new BigDecimal("110000.00"),
                        null,
                        null,
                        COMMUNITIES_FOCUS_AREAS,
                        5,
                        2,
                        LocalDate.of(2022, 10, 1),
                        LocalDate.of(2022, 12, 1),
                        4,
                        10),
                COMMUNITIES_MUNICIPALITIES,
                COMMUNITIES_FOCUS_AREAS,
                History.ENROLMENTS);
        int completed = programmes.completeEnded();
        log.info("Demonstration data is loaded; {} ended programmes completed on their end dates", completed);
    }

    private void load(ProgrammeTerms terms, List<String> joining, List<String> focusAreas, History history) {
        boolean loaded = programmes.list(null, PageRequest.of(0, 200)).stream()
                .anyMatch(p -> p.terms().title().equals(terms.title()));
        if (loaded) {
            log.info("Demonstration programme '{}' is already loaded", terms.title());
            return;
        }
        Programme programme = programmes.publish(programmes.create(terms, null).id());
        for (int i = 0; i < joining.size(); i++) {
            String code = joining.get(i);
            Municipality municipality = ensureBillingProfile(code);
            List<String> ranked =
                    List.of(focusAreas.get(i % focusAreas.size()), focusAreas.get((i + 2) % focusAreas.size()));
            Enrolment enrolment = enrolments
                    .withClock(at(interestDeclaredOn(terms, i, joining.size())))
                    .declareInterest(KL, programme.id(), code, true, ranked, HISTORY);
            LocalDate decided = councilDecisionDate(terms, i, joining.size());
            enrolments
                    .withClock(at(approvalRecordedOn(decided)))
                    .approve(
                            KL,
                            enrolment.id(),
                            new CouncilDecision(
                                    decided, "DEMO-" + terms.startsOn().getYear() + "/" + code),
                            HISTORY);
            enrolments.registerParticipant(
                    KL,
                    enrolment.id(),
                    new Enrolling.NewParticipant(
                            "Dagtilbudschef, " + municipality.name(),
                            "chef-" + code + "@demo.kommune.dk",
                            ParticipantRole.ADMINISTRATION));
            if (history == History.NETWORKS) {
                enrolments.registerParticipant(
                        KL,
                        enrolment.id(),
                        new Enrolling.NewParticipant(
                                "Dagtilbudsleder, " + municipality.name(),
                                "leder-" + code + "@demo.kommune.dk",
                                ParticipantRole.INSTITUTION_LEADER));
            }
        }
        if (history == History.NETWORKS) {
            List<NetworkDraft> drafts = networks.propose(programme.id()).networks().stream()
                    .map(proposed -> new NetworkDraft(
                            proposed.name(),
                            proposed.members().stream()
                                    .map(NetworkProposal.Placement::municipalityCode)
                                    .toList(),
                            proposed.focusAreas()))
                    .toList();
            networks.confirm(programme.id(), drafts);
        }
        log.info("Loaded demonstration programme '{}' with {} municipalities", terms.title(), joining.size());
    }

    /**
     * The councils decide one after another between the interest deadline and the approval
     * deadline, the last a few days before it.
     */
    static LocalDate councilDecisionDate(ProgrammeTerms terms, int index, int count) {
        long window = ChronoUnit.DAYS.between(terms.interestDeadline(), terms.approvalDeadline()) - 3;
        return terms.interestDeadline().plusDays(1 + window * index / Math.max(1, count));
    }

    /** The answers come in during the three weeks before the interest deadline. */
    static LocalDate interestDeclaredOn(ProgrammeTerms terms, int index, int count) {
        return terms.interestDeadline().minusDays(21 - 20L * index / Math.max(1, count));
    }

    /** KL records a council's approval on the first working day after the council decided. */
    static LocalDate approvalRecordedOn(LocalDate decided) {
        LocalDate recorded = decided.plusDays(1);
        while (BusinessTime.isWeekend(recorded)) {
            recorded = recorded.plusDays(1);
        }
        return recorded;
    }

    /** A clock standing at noon of the day, Danish time. */
    private static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).atZone(BusinessTime.ZONE).toInstant(), BusinessTime.ZONE);
    }

    /**
     * How much of its story a programme is loaded with: every programme its enrolments (answers,
     * council approvals, participants); the daycare partnership also two participants each and its
     * networks, which the meeting and evaluation services build its theme days and
     * self-evaluations on.
     */
    private enum History {
        ENROLMENTS,
        NETWORKS
    }

    private Municipality ensureBillingProfile(String code) {
        Municipality municipality = municipalities.get(code);
        if (municipality.billingProfile().isEmpty()) {
            municipalities.changeBillingProfile(
                    code,
                    new BillingProfile(
                            "29" + code + "000",
                            List.of(demoEan(code)),
                            "DEMO-" + code,
                            new InvoiceAddress("Rådhuset", "0000", municipality.name(), "DK"),
                            null,
                            null));
        }
        return municipality;
    }

    /** A syntactically valid EAN (GS1 check digit) per municipality, for demonstration only. */
    static String demoEan(String code) {
        String body = "579800" + code + "000";
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return body + (10 - sum % 10) % 10;
    }
}
