package dk.kl.partnerships.web.kl.followup;

import dk.kl.partnerships.web.api.ApiPage;
import dk.kl.partnerships.web.api.evaluation.EvaluationApi;
import dk.kl.partnerships.web.api.evaluation.EvaluationApi.Benchmark;
import dk.kl.partnerships.web.api.evaluation.EvaluationApi.NetworkFeedback;
import dk.kl.partnerships.web.api.evaluation.EvaluationApi.SelfEvaluation;
import dk.kl.partnerships.web.api.registration.RegistrationApi;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Network;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Programme;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Following a programme up: the self-evaluations past their due date with the municipality to
 * chase; the benchmark figures of the whole programme and of each network (a group too small to keep
 * its members' scores private is withheld); and what the attendees thought of each network's meetings.
 */
@Controller
class FollowUpController {

    static final String PAGE = "/kl/programmer/{id}/opfoelgning";
    static final int PAGE_SIZE = 50;
    static final List<String> ROUNDS = List.of("BASELINE", "FINAL");

    private final RegistrationApi registration;
    private final EvaluationApi evaluation;
    private final Clock clock;

    FollowUpController(RegistrationApi registration, EvaluationApi evaluation, Clock clock) {
        this.registration = registration;
        this.evaluation = evaluation;
        this.clock = clock;
    }

    /** An overdue self-evaluation and how late it is. */
    record Overdue(SelfEvaluation evaluation, String municipalityName, long daysLate) {}

    /** A network's benchmark figures and its meetings' feedback. */
    record NetworkFollowUp(Network network, Benchmark benchmark, NetworkFeedback feedback) {}

    @GetMapping(PAGE)
    String followUp(
            @PathVariable String id,
            @RequestParam(name = "runde", defaultValue = "BASELINE") String round,
            @RequestParam(defaultValue = "0") int side,
            Model model) {
        Programme programme = registration.programme(id);
        String chosen = ROUNDS.contains(round) ? round : "BASELINE";
        LocalDate today = LocalDate.now(clock);
        ApiPage<SelfEvaluation> overdue = evaluation.overdue(id, Math.max(side, 0), PAGE_SIZE);
        var names = registration.municipalityNames();
        List<Overdue> rows = overdue.items().stream()
                .map(e -> new Overdue(
                        e,
                        names.getOrDefault(e.municipalityCode(), e.municipalityCode()),
                        ChronoUnit.DAYS.between(e.dueOn(), today)))
                .toList();
        List<NetworkFollowUp> networks =
                registration.networks(id).map(RegistrationApi.Networks::networks).orElse(List.of()).stream()
                        .map(n -> new NetworkFollowUp(
                                n, evaluation.networkBenchmark(id, n.id(), chosen), evaluation.networkFeedback(n.id())))
                        .toList();
        model.addAttribute("programme", programme);
        model.addAttribute("overdue", overdue);
        model.addAttribute("rows", rows);
        model.addAttribute("round", chosen);
        model.addAttribute("rounds", ROUNDS);
        model.addAttribute("programmeBenchmark", evaluation.programmeBenchmark(id, chosen));
        model.addAttribute("networks", networks);
        return "kl/follow-up";
    }
}
