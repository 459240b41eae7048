package dk.kl.partnerships.notification.registration;

import dk.kl.partnerships.notification.mail.Letter;
import dk.kl.partnerships.notification.mail.MailKind;
import dk.kl.partnerships.notification.mail.Mailbox;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The participants the municipalities name, and the welcome each of them gets. */
@Service
public class ParticipantKeeping {

    private final ParticipantRepository participants;
    private final ErasedParticipantRepository erased;
    private final ProgrammeViewRepository programmes;
    private final ContactKeeping contacts;
    private final Mailbox mailbox;

    ParticipantKeeping(
            ParticipantRepository participants,
            ErasedParticipantRepository erased,
            ProgrammeViewRepository programmes,
            ContactKeeping contacts,
            Mailbox mailbox) {
        this.participants = participants;
        this.erased = erased;
        this.programmes = programmes;
        this.contacts = contacts;
        this.mailbox = mailbox;
    }

    public void registered(Participant participant) {
        if (isErased(participant.id())) {
            mailbox.notNeeded(MailKind.PARTICIPANT_WELCOME, participant.id(), "the participant has been erased");
            return;
        }
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

    /**
     * A participant's personal data was erased (registration's {@code ParticipantErased}): the
     * participant is forgotten, only the id kept; and unless the address still belongs to a
     * participation the person is named for elsewhere, the messages sent to it and what it turned
     * off are forgotten too. Safe to repeat: the second time finds nothing left.
     */
    public void erased(String participantId, Instant at) {
        erased.save(new ErasedParticipant(participantId, at));
        participants.findById(participantId).ifPresent(participant -> {
            boolean namedElsewhere = participants.findByEmail(participant.email()).stream()
                    .anyMatch(other -> !other.id().equals(participantId));
            if (!namedElsewhere) {
                mailbox.erase(participant.email());
            }
            participants.delete(participant);
        });
    }

    /** Whether the participant's personal data has been erased: they get no more messages. */
    public boolean isErased(String participantId) {
        return erased.existsById(participantId);
    }

    /** Forgets a person: by their address, every participation they were named for. */
    public void erase(String email) {
        participants.deleteAll(participants.findByEmail(email));
    }
}
