package dk.kl.partnerships.notification.mail;

/**
 * A file sent with a message. A calendar invitation ({@code text/calendar; method=REQUEST}) is sent
 * as an alternative part of the message as well, so calendar applications show it as an invitation.
 */
public record Attachment(String filename, String contentType, byte[] content) {

    public boolean calendarInvitation() {
        return contentType.startsWith("text/calendar");
    }
}
