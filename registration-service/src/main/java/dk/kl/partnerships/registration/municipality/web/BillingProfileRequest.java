package dk.kl.partnerships.registration.municipality.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

record BillingProfileRequest(
        @NotBlank String cvr,
        @NotEmpty @Size(max = 20) List<@NotBlank String> eans,
        @NotBlank @Size(max = 100) String buyerReference,
        @NotNull @Valid Address address,
        @Size(max = 100) String orderReference,
        @Size(max = 100) String accountingCost) {

    record Address(
            @NotBlank @Size(max = 200) String street,

            @NotBlank @Pattern(regexp = "\\d{4}", message = "must be a 4-digit Danish postal code")
            String postalCode,

            @NotBlank @Size(max = 100) String city,

            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code")
            String countryCode) {

        Address {
            countryCode = countryCode == null ? "DK" : countryCode;
        }
    }
}
