/** Meeting's events that billing acts on: held meetings and corrections of their attendance. */
package dk.kl.partnerships.billing.meetingfee.messaging;
