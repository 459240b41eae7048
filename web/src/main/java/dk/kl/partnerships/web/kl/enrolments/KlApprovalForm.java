package dk.kl.partnerships.web.kl.enrolments;

import dk.kl.partnerships.web.approval.ApprovalForm;
import dk.kl.partnerships.web.support.FormText;

/** KL records a council's decision for a municipality: after the deadline, with the reason it accepts it. */
public class KlApprovalForm extends ApprovalForm {

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    @Override
    protected String reason() {
        return FormText.strip(reason);
    }
}
