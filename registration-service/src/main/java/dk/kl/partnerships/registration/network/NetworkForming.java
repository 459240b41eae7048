package dk.kl.partnerships.registration.network;

import dk.kl.partnerships.kit.error.ConflictException;
import dk.kl.partnerships.kit.error.NotFoundException;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** KL's use cases for networks: propose a grouping, confirm it (as proposed or edited), read it. */
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

    public ProgrammeNetworks get(String programmeId) {
        programmes.get(programmeId);
        return repository
                .find(programmeId)
                .orElseThrow(() -> new NotFoundException("Networks of programme", programmeId));
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
