package dk.kl.partnerships.web.kl.enrolments;

import dk.kl.partnerships.web.interest.InterestForm;

/**
 * KL answers an invitation for a municipality — after the deadline too, with the reason it accepts
 * the answer, which is then marked late.
 */
public class OnBehalfForm extends InterestForm {

    private String municipalityCode;
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }
}
