package dk.kl.partnerships.web.support;

import dk.kl.partnerships.web.api.registration.RegistrationApi;
import dk.kl.partnerships.web.config.WebSettings;
import dk.kl.partnerships.web.signin.PlatformUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout of every page needs: who is signed in, for which municipality, and the asset versions. */
@ControllerAdvice
class PageModel {

    private static final String MUNICIPALITY_NAME = PageModel.class.getName() + ".municipalityName";

    private final RegistrationApi registration;
    private final WebSettings settings;

    PageModel(RegistrationApi registration, WebSettings settings) {
        this.registration = registration;
        this.settings = settings;
    }

    @ModelAttribute("user")
    PlatformUser user(@AuthenticationPrincipal Object principal) {
        return principal instanceof PlatformUser user ? user : null;
    }

    @ModelAttribute("assets")
    WebSettings.Assets assets() {
        return settings.assets();
    }

    /** Read once per session: municipalities do not change their names while someone works. */
    @ModelAttribute("municipalityName")
    String municipalityName(@AuthenticationPrincipal Object principal, HttpServletRequest request) {
        if (!(principal instanceof PlatformUser user) || !user.isCoordinator()) {
            return null;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(MUNICIPALITY_NAME) instanceof String name) {
            return name;
        }
        String name = registration.municipality(user.municipalityCode()).name();
        if (session != null) {
            session.setAttribute(MUNICIPALITY_NAME, name);
        }
        return name;
    }
}
