package dk.kl.partnerships.web.kl.enrolments;

import dk.kl.partnerships.web.interest.InterestForm;

/** KL answers an invitation for a municipality — after the deadline too, which is then marked late. */
public class OnBehalfForm extends InterestForm {

    private String municipalityCode;

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }
}
