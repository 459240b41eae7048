package dk.kl.partnerships.kit.architecture.broken.domain.shipping;

import org.springframework.web.bind.annotation.GetMapping;

/** Broken on purpose: a use case that is also an HTTP endpoint. */
public class Shipping {

    @GetMapping("/shipments")
    public String list() {
        return "[]";
    }
}
