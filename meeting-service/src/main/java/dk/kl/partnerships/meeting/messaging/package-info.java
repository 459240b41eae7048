/** The meeting service's domain events as the contracts it publishes, declared once. */
package dk.kl.partnerships.meeting.messaging;
