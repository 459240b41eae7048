package dk.kl.partnerships.web.kl.dashboard;

import dk.kl.partnerships.web.api.ApiPage;
import dk.kl.partnerships.web.api.billing.BillingApi;
import dk.kl.partnerships.web.api.evaluation.EvaluationApi;
import dk.kl.partnerships.web.api.registration.RegistrationApi;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Enrolment;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Programme;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * KL's start page: the programmes in progress, each with how many municipalities have joined, are
 * pending (interest declared, the council's approval missing), have not answered, are overdue with a
 * self-evaluation, and how many invoices have been issued. Four counts per programme, a page at a time.
 */
@Controller
class DashboardController {

    static final int PAGE_SIZE = 10;

    private final RegistrationApi registration;
    private final EvaluationApi evaluation;
    private final BillingApi billing;

    DashboardController(RegistrationApi registration, EvaluationApi evaluation, BillingApi billing) {
        this.registration = registration;
        this.evaluation = evaluation;
        this.billing = billing;
    }

    /** One programme in progress and its counts. */
    record ProgrammeFigures(
            Programme programme, long joined, long pending, long notAnswered, long overdue, long invoiced) {}

    @GetMapping("/kl")
    String dashboard(@RequestParam(defaultValue = "0") int side, Model model) {
        ApiPage<Programme> programmes = registration.programmes("PUBLISHED", Math.max(side, 0), PAGE_SIZE);
        List<ProgrammeFigures> rows =
                programmes.items().stream().map(this::figures).toList();
        model.addAttribute("programmes", programmes);
        model.addAttribute("rows", rows);
        model.addAttribute("drafts", registration.programmes("DRAFT", 0, 1).totalItems());
        return "kl/dashboard";
    }

    private ProgrammeFigures figures(Programme programme) {
        List<Enrolment> enrolments =
                registration.enrolmentsOf(programme.id(), null).items();
        return new ProgrammeFigures(
                programme,
                enrolments.stream().filter(Enrolment::isJoined).count(),
                enrolments.stream().filter(Enrolment::awaitsApproval).count(),
                registration.nonRespondents(programme.id(), 0, 1).totalItems(),
                evaluation.overdue(programme.id(), 0, 1).totalItems(),
                billing.invoicesOf(programme.id(), 0, 1).totalItems());
    }
}
