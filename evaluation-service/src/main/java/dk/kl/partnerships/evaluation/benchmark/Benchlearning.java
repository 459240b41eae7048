package dk.kl.partnerships.evaluation.benchmark;

import dk.kl.partnerships.evaluation.EvaluationSettings;
import dk.kl.partnerships.evaluation.framework.Dimension;
import dk.kl.partnerships.evaluation.framework.FrameworkAuthoring;
import dk.kl.partnerships.evaluation.framework.Lineage;
import dk.kl.partnerships.evaluation.framework.Scoring;
import dk.kl.partnerships.evaluation.registration.NetworkView;
import dk.kl.partnerships.evaluation.registration.ParticipationTracking;
import dk.kl.partnerships.evaluation.registration.ProgrammeView;
import dk.kl.partnerships.evaluation.selfevaluation.Round;
import dk.kl.partnerships.evaluation.selfevaluation.SelfEvaluation;
import dk.kl.partnerships.evaluation.selfevaluation.SelfEvaluationRepository;
import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.kit.security.Caller;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Benchlearning: a municipality's dimension scores next to the median and quartiles of its network
 * and of the whole programme, and its progress from baseline to final. Scores given under older
 * versions of the framework are read in the newest version's terms. Only KL and the programme's
 * municipalities see its groups, and only as far as the {@link Disclosure} rule allows, so that no
 * single peer's score can be told.
 */
@Service
public class Benchlearning {

    /** A programme has at most 98 municipalities; one round of it is read at once. */
    private static final int MAX_EVALUATIONS = 200;

    private static final String OVERALL = "overall";

    private final ParticipationTracking programmes;
    private final SelfEvaluationRepository evaluations;
    private final FrameworkAuthoring frameworks;
    private final Disclosure disclosure;

    Benchlearning(
            ParticipationTracking programmes,
            SelfEvaluationRepository evaluations,
            FrameworkAuthoring frameworks,
            EvaluationSettings settings) {
        this.programmes = programmes;
        this.evaluations = evaluations;
        this.frameworks = frameworks;
        this.disclosure = new Disclosure(settings.minimumPeers(), settings.quartilePeers());
    }

    /**
     * @param municipalityCode whose benchmark; a coordinator gets their own (another's is "not
     *                         found", and so is a programme their municipality is not in), KL any or
     *                         — null — the programme's groups alone
     * @param requestedRound   the round compared; by default FINAL once the municipality has
     *                         submitted it, else BASELINE
     */
    public Benchmark benchmark(Caller caller, String programmeId, String municipalityCode, Round requestedRound) {
        ProgrammeView programme = programmes.programme(programmeId);
        String code = caller.isKlAdmin() ? municipalityCode : caller.visibleMunicipality(municipalityCode);
        if (!caller.isKlAdmin() && (code == null || !programmes.takesPart(programmeId, code))) {
            throw new NotFoundException("Programme", programmeId);
        }
        Map<Round, List<SelfEvaluation>> submitted = new HashMap<>();
        for (Round round : Round.values()) {
            submitted.put(round, evaluations.submitted(programmeId, round, MAX_EVALUATIONS));
        }
        Optional<SelfEvaluation> ownBaseline = ofMunicipality(submitted.get(Round.BASELINE), code);
        Optional<SelfEvaluation> ownFinal = ofMunicipality(submitted.get(Round.FINAL), code);
        Round round = requestedRound != null ? requestedRound : ownFinal.isPresent() ? Round.FINAL : Round.BASELINE;
        String frameworkKey = (round == Round.FINAL ? ownFinal : ownBaseline)
                .or(() -> ownBaseline)
                .map(SelfEvaluation::frameworkKey)
                .orElse(programme.frameworkKey());
        List<SelfEvaluation> compared = inSubmissionOrder(submitted.get(round).stream()
                .filter(e -> e.frameworkKey().equals(frameworkKey))
                .toList());
        Optional<NetworkView> network = code == null ? Optional.empty() : programmes.networkOf(programmeId, code);
        List<String> notes = new ArrayList<>();

        int targetVersion = Stream.of(compared.stream(), ownBaseline.stream(), ownFinal.stream())
                .flatMap(Function.identity())
                .filter(e -> e.frameworkKey().equals(frameworkKey))
                .mapToInt(SelfEvaluation::frameworkVersion)
                .max()
                .orElse(0);
        if (targetVersion == 0) {
            notes.add("No self-evaluation of the " + round + " round has been submitted yet.");
            return new Benchmark(
                    programmeId,
                    code,
                    round,
                    frameworkKey,
                    null,
                    network.map(Benchlearning::ref).orElse(null),
                    List.of(),
                    null,
                    notes);
        }
        Lineage lineage = frameworks.lineage(frameworkKey, targetVersion);
        Map<String, Map<String, BigDecimal>> scoresByMunicipality = new HashMap<>();
        compared.forEach(e -> scoresByMunicipality.put(e.municipalityCode(), scores(lineage, e)));
        Map<String, BigDecimal> own = code == null ? Map.of() : scoresByMunicipality.getOrDefault(code, Map.of());
        Map<String, BigDecimal> baseline = ownBaseline
                .filter(e -> e.frameworkKey().equals(frameworkKey))
                .map(e -> scores(lineage, e))
                .orElse(Map.of());
        Map<String, BigDecimal> last = ownFinal.filter(e -> e.frameworkKey().equals(frameworkKey))
                .map(e -> scores(lineage, e))
                .orElse(Map.of());
        if (code != null && own.isEmpty()) {
            notes.add("Municipality " + code + " has not submitted its " + round + " self-evaluation.");
        }
        if (code != null && network.isEmpty()) {
            notes.add("Municipality " + code + " is not in a network of this programme.");
        }
        if (compared.stream().anyMatch(e -> e.frameworkVersion() != targetVersion)) {
            notes.add("Scores given under earlier versions of the framework are shown in version " + targetVersion
                    + "'s terms; indicators that version no longer has are left out.");
        }

        List<String> programmeSnapshot = disclosure.snapshot(
                compared.stream().map(SelfEvaluation::municipalityCode).toList());
        Optional<List<String>> networkSnapshot = network.map(n -> disclosure.snapshot(compared.stream()
                .map(SelfEvaluation::municipalityCode)
                .filter(n.municipalityCodes()::contains)
                .toList()));
        boolean networkTooClose = networkSnapshot
                .filter(n -> disclosure.tooClose(Set.copyOf(n), Set.copyOf(programmeSnapshot)))
                .isPresent();
        Groups groups = new Groups(
                code, programmeSnapshot, networkSnapshot.orElse(null), networkTooClose, scoresByMunicipality);

        List<Benchmark.Row> rows = new ArrayList<>();
        for (Dimension dimension : lineage.target().dimensions()) {
            rows.add(row(dimension.key(), dimension.name(), own, baseline, last, groups));
        }
        Benchmark.Row overall = row(OVERALL, "Samlet", own, baseline, last, groups);
        return new Benchmark(
                programmeId,
                code,
                round,
                frameworkKey,
                targetVersion,
                network.map(Benchlearning::ref).orElse(null),
                rows,
                overall,
                notes);
    }

    /** What the comparison groups are made of for one view: the viewer and each group's snapshot. */
    private record Groups(
            String viewer,
            List<String> programme,
            List<String> network,
            boolean networkTooClose,
            Map<String, Map<String, BigDecimal>> scores) {}

    private Benchmark.Row row(
            String key,
            String name,
            Map<String, BigDecimal> own,
            Map<String, BigDecimal> baseline,
            Map<String, BigDecimal> last,
            Groups groups) {
        BigDecimal before = baseline.get(key);
        BigDecimal after = last.get(key);
        Benchmark.Group networkGroup = groups.network() == null
                ? null
                : groups.networkTooClose()
                        ? Disclosure.withheldAsTooClose(disclosure.minimumPeers())
                        : group(key, groups.network(), groups);
        return new Benchmark.Row(
                key,
                name,
                own.get(key),
                before,
                after,
                before == null || after == null ? null : after.subtract(before),
                networkGroup,
                group(key, groups.programme(), groups));
    }

    /** The group's figures for one dimension from its snapshot, as far as the disclosure rule allows. */
    private Benchmark.Group group(String key, List<String> snapshot, Groups groups) {
        List<String> scored = snapshot.stream()
                .filter(m -> groups.scores().get(m).get(key) != null)
                .toList();
        long peers = scored.stream().filter(m -> !m.equals(groups.viewer())).count();
        return disclosure.figures(
                scored.stream().map(m -> groups.scores().get(m).get(key)).toList(), peers);
    }

    /** One submission per municipality, the earliest first (ties by id): the order snapshots are taken in. */
    private static List<SelfEvaluation> inSubmissionOrder(List<SelfEvaluation> evaluations) {
        Set<String> seen = new HashSet<>();
        return evaluations.stream()
                .sorted(Comparator.comparing(SelfEvaluation::submittedAt).thenComparing(e -> e.id()))
                .filter(e -> seen.add(e.municipalityCode()))
                .toList();
    }

    private static Map<String, BigDecimal> scores(Lineage lineage, SelfEvaluation evaluation) {
        Scoring.Scores scores =
                Scoring.of(lineage.target(), lineage.translate(evaluation.frameworkVersion(), evaluation.answers()));
        Map<String, BigDecimal> byDimension = new HashMap<>();
        scores.dimensions().forEach(s -> byDimension.put(s.dimension(), s.score()));
        if (scores.overall() != null) {
            byDimension.put(OVERALL, scores.overall());
        }
        return byDimension;
    }

    private static Optional<SelfEvaluation> ofMunicipality(List<SelfEvaluation> evaluations, String code) {
        return code == null
                ? Optional.empty()
                : evaluations.stream()
                        .filter(e -> Objects.equals(e.municipalityCode(), code))
                        .findFirst();
    }

    private static Benchmark.NetworkRef ref(NetworkView network) {
        return new Benchmark.NetworkRef(network.id(), network.name());
    }
}
