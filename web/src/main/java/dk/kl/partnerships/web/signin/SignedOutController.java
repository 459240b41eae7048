package dk.kl.partnerships.web.signin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Where people land after signing out (at the identity provider too), or when sign-in failed. */
@Controller
class SignedOutController {

    @GetMapping("/logget-ud")
    String signedOut() {
        return "signed-out";
    }

    /** Also reached by forward from a refused POST, hence every method. */
    @RequestMapping("/ingen-adgang")
    String refused() {
        return "refused";
    }
}
