package dk.kl.partnerships.web.billingprofile;

import dk.kl.partnerships.web.api.ApiProblem;
import dk.kl.partnerships.web.api.registration.RegistrationApi;
import dk.kl.partnerships.web.signin.PlatformUser;
import dk.kl.partnerships.web.support.FormErrors;
import dk.kl.partnerships.web.support.PendingForms;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The municipality's billing profile: CVR, the EANs that receive e-invoices, the buyer reference, the address. */
@Controller
class BillingProfileController {

    static final String PAGE = "/faktureringsprofil";

    private final RegistrationApi registration;
    private final FormErrors errors;
    private final PendingForms pending;

    BillingProfileController(RegistrationApi registration, FormErrors errors, PendingForms pending) {
        this.registration = registration;
        this.errors = errors;
        this.pending = pending;
    }

    @GetMapping(PAGE)
    String form(@AuthenticationPrincipal PlatformUser user, HttpServletRequest request, Model model) {
        BillingProfileForm form = BillingProfileForm.of(
                registration.municipality(user.municipalityCode()).billingProfile());
        model.addAttribute("restored", pending.restore(request, form));
        model.addAttribute("form", form);
        return "billing-profile";
    }

    @PostMapping(PAGE)
    String save(
            @AuthenticationPrincipal PlatformUser user,
            @ModelAttribute("form") BillingProfileForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        try {
            registration.saveBillingProfile(user.municipalityCode(), form.profile());
            redirect.addFlashAttribute("notice", "billingProfile.saved");
            return "redirect:" + PAGE;
        } catch (ApiProblem problem) {
            if (!errors.reject(problem, result)) {
                throw problem;
            }
            return "billing-profile";
        }
    }
}
