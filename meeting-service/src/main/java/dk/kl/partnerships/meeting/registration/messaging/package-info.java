/** Registration's events that the meeting service records, one use case each. */
package dk.kl.partnerships.meeting.registration.messaging;
