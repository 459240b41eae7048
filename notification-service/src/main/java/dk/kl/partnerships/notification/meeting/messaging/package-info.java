/** Meeting-service's meeting and sign-up events, each handed to one use case. */
package dk.kl.partnerships.notification.meeting.messaging;
