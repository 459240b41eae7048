/** Meeting's events that billing acts on: held meetings. */
package dk.kl.partnerships.billing.meetingfee.messaging;
