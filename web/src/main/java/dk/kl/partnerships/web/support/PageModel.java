package dk.kl.partnerships.web.support;

import dk.kl.partnerships.web.api.registration.RegistrationApi;
import dk.kl.partnerships.web.config.WebSettings;
import dk.kl.partnerships.web.signin.PlatformUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout of every page needs: who is signed in, for which municipality (its name read once
 * per session), and the asset versions. Error pages get the same ({@link ErrorPages}).
 */
@ControllerAdvice
public class PageModel {

    private static final Logger log = LoggerFactory.getLogger(PageModel.class);
    private static final String MUNICIPALITY_NAME = PageModel.class.getName() + ".municipalityName";

    private final RegistrationApi registration;
    private final WebSettings settings;

    PageModel(RegistrationApi registration, WebSettings settings) {
        this.registration = registration;
        this.settings = settings;
    }

    @ModelAttribute
    public void fill(Model model, HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        PlatformUser user = authentication != null && authentication.getPrincipal() instanceof PlatformUser signedIn
                ? signedIn
                : null;
        model.addAttribute("assets", settings.assets());
        model.addAttribute("user", user);
        model.addAttribute("municipalityName", user != null && user.isCoordinator() ? nameOf(user, request) : null);
    }

    private String nameOf(PlatformUser user, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(MUNICIPALITY_NAME) instanceof String name) {
            return name;
        }
        try {
            String name = registration.municipality(user.municipalityCode()).name();
            if (session != null) {
                session.setAttribute(MUNICIPALITY_NAME, name);
            }
            return name;
        } catch (RuntimeException unavailable) {
            log.warn("Municipality {} unreadable: {}", user.municipalityCode(), unavailable.getMessage());
            return user.municipalityCode();
        }
    }
}
