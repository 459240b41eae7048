package dk.kl.partnerships.web.participants;

import dk.kl.partnerships.web.api.registration.RegistrationApi.NewParticipant;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Participant;
import dk.kl.partnerships.web.support.FormText;

/** A person the municipality names for the programme. */
public class ParticipantForm {

    private String name;
    private String email;
    private String role;

    static ParticipantForm of(Participant participant) {
        ParticipantForm form = new ParticipantForm();
        form.name = participant.name();
        form.email = participant.email();
        form.role = participant.role();
        return form;
    }

    NewParticipant person() {
        return new NewParticipant(
                FormText.strip(name), FormText.strip(email), role == null || role.isBlank() ? null : role);
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

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
