package dk.kl.partnerships.registration.municipality.web;

import dk.kl.partnerships.kit.security.Caller;
import dk.kl.partnerships.kit.web.PageResponse;
import dk.kl.partnerships.registration.municipality.BillingProfile;
import dk.kl.partnerships.registration.municipality.InvoiceAddress;
import dk.kl.partnerships.registration.municipality.MunicipalityKeeping;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/municipalities")
class MunicipalityController {

    private final MunicipalityKeeping municipalities;

    MunicipalityController(MunicipalityKeeping municipalities) {
        this.municipalities = municipalities;
    }

    @GetMapping
    PageResponse<MunicipalityResponse> list(
            Caller caller,
            @RequestParam(required = false) String regionCode,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return PageResponse.of(
                municipalities.list(regionCode, PageResponse.request(page, size, Sort.by("_id"))),
                m -> MunicipalityResponse.of(m, caller));
    }

    @GetMapping("/{code}")
    MunicipalityResponse get(Caller caller, @PathVariable String code) {
        return MunicipalityResponse.of(municipalities.get(code), caller);
    }

    /** KL staff and the municipality itself keep its contact addresses; a change is announced by event. */
    @PutMapping("/{code}/contacts")
    MunicipalityResponse changeContacts(
            Caller caller, @PathVariable String code, @Valid @RequestBody ContactsRequest request) {
        caller.requireActFor(code, "Municipality", code);
        return MunicipalityResponse.of(municipalities.changeContacts(code, request.toContacts()), caller);
    }

    /** KL staff and the municipality itself keep its billing profile. */
    @PutMapping("/{code}/billing-profile")
    MunicipalityResponse changeBillingProfile(
            Caller caller, @PathVariable String code, @Valid @RequestBody BillingProfileRequest request) {
        caller.requireActFor(code, "Municipality", code);
        BillingProfile profile = new BillingProfile(
                request.cvr(),
                request.eans(),
                request.buyerReference(),
                new InvoiceAddress(
                        request.address().street(),
                        request.address().postalCode(),
                        request.address().city(),
                        request.address().countryCode()),
                request.orderReference(),
                request.accountingCost());
        return MunicipalityResponse.of(municipalities.changeBillingProfile(code, profile), caller);
    }
}
