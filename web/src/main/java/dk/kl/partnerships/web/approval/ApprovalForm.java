package dk.kl.partnerships.web.approval;

import dk.kl.partnerships.web.api.registration.RegistrationApi.Approval;
import dk.kl.partnerships.web.support.FormText;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The council's decision: when it approved the partnership agreement, and the case it was decided in. */
public class ApprovalForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decisionDate;

    private String caseReference;

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public void setCaseReference(String caseReference) {
        this.caseReference = caseReference;
    }

    /** The request to the API, as entered (the case reference without surrounding spaces). */
    public Approval toApproval() {
        return new Approval(decisionDate, FormText.strip(caseReference), reason());
    }

    /** KL's reason for accepting a decision after the deadline; a municipality gives none. */
    protected String reason() {
        return null;
    }
}
