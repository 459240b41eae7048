package dk.kl.partnerships.web.kl.meetings;

import dk.kl.partnerships.web.api.meeting.MeetingApi.AddressRequest;
import dk.kl.partnerships.web.api.meeting.MeetingApi.GuestSignUpRequest;
import dk.kl.partnerships.web.api.meeting.MeetingApi.OrganisationRequest;
import dk.kl.partnerships.web.support.AddressForm;
import dk.kl.partnerships.web.support.FormText;

/**
 * An outside guest KL signs up, with their organisation and what it is invoiced by; the fields
 * mirror the API's request ({@code organisation.address.street}), so its refusals land at them.
 */
public class GuestForm {

    private String name;
    private String email;
    private Organisation organisation = new Organisation();

    GuestSignUpRequest request() {
        AddressForm address = organisation.getAddress();
        boolean noAddress = text(address.getStreet()) == null
                && text(address.getPostalCode()) == null
                && text(address.getCity()) == null;
        return new GuestSignUpRequest(
                text(name),
                text(email),
                new OrganisationRequest(
                        text(organisation.getName()),
                        noAddress
                                ? null
                                : new AddressRequest(
                                        text(address.getStreet()),
                                        text(address.getPostalCode()),
                                        text(address.getCity())),
                        text(organisation.getCvr()),
                        text(organisation.getEan()),
                        text(organisation.getReference())));
    }

    private static String text(String field) {
        return FormText.blankToNull(FormText.strip(field));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Organisation organisation) {
        this.organisation = organisation;
    }

    public static class Organisation {

        private String name;
        private AddressForm address = new AddressForm();
        private String cvr;
        private String ean;
        private String reference;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public AddressForm getAddress() {
            return address;
        }

        public void setAddress(AddressForm address) {
            this.address = address;
        }

        public String getCvr() {
            return cvr;
        }

        public void setCvr(String cvr) {
            this.cvr = cvr;
        }

        public String getEan() {
            return ean;
        }

        public void setEan(String ean) {
            this.ean = ean;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }
    }
}
