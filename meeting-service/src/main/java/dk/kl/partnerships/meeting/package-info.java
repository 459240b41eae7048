/** Meetings: scheduling, sign-ups with waiting lists, attendance and calendar feeds. */
package dk.kl.partnerships.meeting;
