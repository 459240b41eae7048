package dk.kl.partnerships.registration.network;

import dk.kl.partnerships.kit.domain.ConflictRetry;
import dk.kl.partnerships.kit.error.ConflictException;
import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.kit.error.RuleViolationException;
import dk.kl.partnerships.registration.enrolment.Enrolment;
import dk.kl.partnerships.registration.enrolment.EnrolmentRepository;
import dk.kl.partnerships.registration.enrolment.EnrolmentState;
import dk.kl.partnerships.registration.municipality.Municipality;
import dk.kl.partnerships.registration.municipality.MunicipalityKeeping;
import dk.kl.partnerships.registration.network.ProgrammeNetworks.NetworkDraft;
import dk.kl.partnerships.registration.programme.Programme;
import dk.kl.partnerships.registration.programme.ProgrammePlanning;
import dk.kl.partnerships.registration.programme.ProgrammeTerms;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * KL's use cases for networks: propose a grouping, confirm it (as proposed or edited), change its
 * members afterwards, read it; and a withdrawn municipality leaving its network.
 */
@Service
public class NetworkForming {

    private final ProgrammePlanning programmes;
    private final EnrolmentRepository enrolments;
    private final MunicipalityKeeping municipalities;
    private final NetworkRepository repository;
    private final Clock clock;

    NetworkForming(
            ProgrammePlanning programmes,
            EnrolmentRepository enrolments,
            MunicipalityKeeping municipalities,
            NetworkRepository repository,
            Clock clock) {
        this.programmes = programmes;
        this.enrolments = enrolments;
        this.municipalities = municipalities;
        this.repository = repository;
        this.clock = clock;
    }

    public NetworkProposal propose(String programmeId) {
        Programme programme = programmes.get(programmeId);
        ProgrammeTerms terms = programme.terms();
        return NetworkProposer.propose(candidates(programmeId), terms.minNetworkSize(), terms.maxNetworkSize());
    }

    public ProgrammeNetworks confirm(String programmeId, List<NetworkDraft> drafts) {
        ProgrammeTerms terms = programmes.get(programmeId).terms();
        if (repository.find(programmeId).isPresent()) {
            throw new ConflictException("The networks of programme " + programmeId + " are already formed", "FORMED");
        }
        Map<String, List<String>> focusAreas = joined(programmeId).stream()
                .collect(Collectors.toMap(Enrolment::municipalityCode, Enrolment::focusAreas));
        ProgrammeNetworks networks = ProgrammeNetworks.form(
                programmeId,
                drafts,
                focusAreas.keySet(),
                focusAreas::get,
                terms.minNetworkSize(),
                terms.maxNetworkSize(),
                index -> UUID.randomUUID().toString(),
                clock.instant());
        try {
            return repository.insert(networks);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("The networks of programme " + programmeId + " are already formed", "FORMED");
        }
    }

    /** KL places a joined municipality that is in no network (a late joiner, or one taken out before). */
    public ProgrammeNetworks add(String programmeId, String networkId, String municipalityCode, String reason) {
        ProgrammeTerms terms = programmes.get(programmeId).terms();
        if (enrolments
                .list(programmeId, municipalityCode, EnrolmentState.JOINED, Pageable.ofSize(1))
                .isEmpty()) {
            throw new RuleViolationException(
                    "not-joined", municipalityCode + " has not joined programme " + programmeId);
        }
        return change(
                programmeId,
                networks -> networks.add(
                        municipalityCode, networkId, reason, sizes(terms, networks.members() + 1), clock.instant()));
    }

    /** KL moves a member from its network to another of the programme. */
    public ProgrammeNetworks move(String programmeId, String networkId, String municipalityCode, String reason) {
        ProgrammeTerms terms = programmes.get(programmeId).terms();
        return change(
                programmeId,
                networks -> networks.move(
                        municipalityCode, networkId, reason, sizes(terms, networks.members()), clock.instant()));
    }

    /** KL takes a member out of its network. */
    public ProgrammeNetworks remove(String programmeId, String networkId, String municipalityCode, String reason) {
        ProgrammeTerms terms = programmes.get(programmeId).terms();
        return change(
                programmeId,
                networks -> networks.remove(
                        municipalityCode, networkId, reason, sizes(terms, networks.members() - 1), clock.instant()));
    }

    /**
     * A municipality withdrew from the programme: it leaves its network, whatever size that
     * leaves. Nothing happens before the networks are formed or when it is in none.
     */
    public void withdrew(String programmeId, String municipalityCode, String reason) {
        ConflictRetry.run(() -> repository
                .find(programmeId)
                .filter(networks -> networks.withdrew(municipalityCode, reason, clock.instant()))
                .map(repository::update));
    }

    public ProgrammeNetworks get(String programmeId) {
        programmes.get(programmeId);
        return repository
                .find(programmeId)
                .orElseThrow(() -> new NotFoundException("Networks of programme", programmeId));
    }

    private ProgrammeNetworks change(String programmeId, Consumer<ProgrammeNetworks> command) {
        return ConflictRetry.run(() -> {
            ProgrammeNetworks networks = get(programmeId);
            command.accept(networks);
            return repository.update(networks);
        });
    }

    private static NetworkSizes sizes(ProgrammeTerms terms, int members) {
        return NetworkSizes.of(members, terms.minNetworkSize(), terms.maxNetworkSize());
    }

    private List<NetworkCandidate> candidates(String programmeId) {
        List<Enrolment> joined = joined(programmeId);
        Map<String, Municipality> byCode =
                municipalities
                        .getAll(joined.stream().map(Enrolment::municipalityCode).toList())
                        .stream()
                        .collect(Collectors.toMap(Municipality::code, Function.identity()));
        return joined.stream()
                .map(enrolment -> {
                    Municipality municipality = byCode.get(enrolment.municipalityCode());
                    return new NetworkCandidate(
                            municipality.code(),
                            municipality.name(),
                            municipality.regionCode(),
                            municipality.regionName(),
                            enrolment.focusAreas());
                })
                .toList();
    }

    private List<Enrolment> joined(String programmeId) {
        return enrolments.findByProgrammeAndState(programmeId, EnrolmentState.JOINED);
    }
}
