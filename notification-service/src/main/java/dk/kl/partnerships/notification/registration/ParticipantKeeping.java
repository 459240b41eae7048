package dk.kl.partnerships.notification.registration;

import dk.kl.partnerships.notification.mail.Letter;
import dk.kl.partnerships.notification.mail.MailKind;
import dk.kl.partnerships.notification.mail.Mailbox;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The participants the municipalities name, and the welcome each of them gets. */
@Service
public class ParticipantKeeping {

    private final ParticipantRepository participants;
    private final ProgrammeViewRepository programmes;
    private final ContactKeeping contacts;
    private final Mailbox mailbox;

    ParticipantKeeping(
            ParticipantRepository participants,
            ProgrammeViewRepository programmes,
            ContactKeeping contacts,
            Mailbox mailbox) {
        this.participants = participants;
        this.programmes = programmes;
        this.contacts = contacts;
        this.mailbox = mailbox;
    }

    public void registered(Participant participant) {
        participants.save(participant);
        Map<String, Object> model = new HashMap<>();
        model.put("participant", Map.of("name", participant.name(), "role", participant.role()));
        programmes.findById(participant.programmeId()).ifPresent(p -> model.put("programme", p.model()));
        contacts.of(participant.municipalityCode()).ifPresent(m -> model.put("municipality", m.model()));
        mailbox.post(new Letter(
                MailKind.PARTICIPANT_WELCOME,
                participant.id(),
                "participant:" + participant.id(),
                participant.recipient(),
                model));
    }

    public Optional<Participant> find(String participantId) {
        return participants.findById(participantId);
    }

    public List<Participant> find(List<String> participantIds) {
        return participants.findByIdIn(participantIds);
    }

    /** Forgets a person: by their address, every participation they were named for. */
    public void erase(String email) {
        participants.deleteAll(participants.findByEmail(email));
    }
}
