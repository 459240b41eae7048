/** Contracts of meeting.meetings.v1. */
package dk.kl.partnerships.contracts.meeting;
