package dk.kl.partnerships.web.billingprofile;

import dk.kl.partnerships.web.api.registration.RegistrationApi.Address;
import dk.kl.partnerships.web.api.registration.RegistrationApi.BillingProfile;
import dk.kl.partnerships.web.support.AddressForm;
import java.util.ArrayList;
import java.util.List;

/** How the municipality is invoiced; the fields are named as in the API's request, so its errors land on them. */
public class BillingProfileForm {

    static final int EAN_FIELDS = 3;

    private String cvr;
    private List<String> eans = new ArrayList<>(List.of("", "", ""));
    private String buyerReference;
    private String orderReference;
    private String accountingCost;
    private AddressForm address = new AddressForm();

    static BillingProfileForm of(BillingProfile profile) {
        BillingProfileForm form = new BillingProfileForm();
        if (profile != null) {
            form.cvr = profile.cvr();
            for (int i = 0; i < Math.min(EAN_FIELDS, profile.eans().size()); i++) {
                form.eans.set(i, profile.eans().get(i));
            }
            form.buyerReference = profile.buyerReference();
            form.orderReference = profile.orderReference();
            form.accountingCost = profile.accountingCost();
            if (profile.address() != null) {
                form.address.setStreet(profile.address().street());
                form.address.setPostalCode(profile.address().postalCode());
                form.address.setCity(profile.address().city());
            }
        }
        return form;
    }

    /** The request: EAN fields left empty are not sent, so the API's indexes match the fields filled in first. */
    BillingProfile profile() {
        return new BillingProfile(
                trim(cvr),
                eans.stream()
                        .map(BillingProfileForm::trim)
                        .filter(e -> !e.isEmpty())
                        .toList(),
                trim(buyerReference),
                new Address(trim(address.getStreet()), trim(address.getPostalCode()), trim(address.getCity())),
                trim(orderReference),
                trim(accountingCost));
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    public String getCvr() {
        return cvr;
    }

    public void setCvr(String cvr) {
        this.cvr = cvr;
    }

    public List<String> getEans() {
        return eans;
    }

    public void setEans(List<String> eans) {
        this.eans = eans;
    }

    public String getBuyerReference() {
        return buyerReference;
    }

    public void setBuyerReference(String buyerReference) {
        this.buyerReference = buyerReference;
    }

    public String getOrderReference() {
        return orderReference;
    }

    public void setOrderReference(String orderReference) {
        this.orderReference = orderReference;
    }

    public String getAccountingCost() {
        return accountingCost;
    }

    public void setAccountingCost(String accountingCost) {
        this.accountingCost = accountingCost;
    }

    public AddressForm getAddress() {
        return address;
    }

    public void setAddress(AddressForm address) {
        this.address = address;
    }
}
