/** Sign-up and meeting messages with their calendar invitations, and reminders before a meeting. */
package dk.kl.partnerships.notification.meeting;
