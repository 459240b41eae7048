package dk.kl.partnerships.kit.sample;

import dk.kl.partnerships.kit.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints of the sample service for the kit's security tests. */
@RestController
class WhoAmIController {

    @GetMapping("/api/whoami")
    Caller whoAmI(Caller caller) {
        return caller;
    }

    @GetMapping("/api/admin-only")
    @PreAuthorize("hasRole('KL_ADMIN')")
    String adminOnly() {
        return "ok";
    }
}
