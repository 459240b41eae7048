/** What the notification service knows of registration (programmes, answers, participants, the municipalities' contacts) and the invitations, deadline reminders and welcomes it causes. */
package dk.kl.partnerships.notification.registration;
