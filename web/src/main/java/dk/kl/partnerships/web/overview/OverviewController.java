package dk.kl.partnerships.web.overview;

import dk.kl.partnerships.web.api.ApiPage;
import dk.kl.partnerships.web.api.registration.RegistrationApi;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Enrolment;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Programme;
import dk.kl.partnerships.web.signin.PlatformUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The start page: for a coordinator every open programme, where the municipality stands in it, and
 * what is next; KL staff go on to their dashboard; anyone else has no page here.
 */
@Controller
class OverviewController {

    static final int PAGE_SIZE = 10;

    private final RegistrationApi registration;
    private final Clock clock;

    OverviewController(RegistrationApi registration, Clock clock) {
        this.registration = registration;
        this.clock = clock;
    }

    @GetMapping("/")
    String overview(
            @AuthenticationPrincipal PlatformUser user, @RequestParam(defaultValue = "0") int side, Model model) {
        if (user.isKlStaff()) {
            return "redirect:/kl";
        }
        if (!user.hasRole("MUNICIPALITY")) {
            throw new AccessDeniedException("Neither a coordinator nor KL staff");
        }
        ApiPage<Programme> programmes = registration.publishedProgrammes(Math.max(side, 0), PAGE_SIZE);
        Map<String, Enrolment> enrolments = registration.enrolments(user.municipalityCode()).items().stream()
                .collect(Collectors.toMap(Enrolment::programmeId, Function.identity(), (a, b) -> a));
        LocalDate today = LocalDate.now(clock);
        List<ProgrammeStanding> rows = programmes.items().stream()
                .map(programme -> ProgrammeStanding.of(programme, enrolments.get(programme.id()), today))
                .toList();
        model.addAttribute("programmes", programmes);
        model.addAttribute("rows", rows);
        return "overview";
    }
}
