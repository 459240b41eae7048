/** Meeting fees: a held meeting with a fee invoiced to each municipality for its attendees. */
package dk.kl.partnerships.billing.meetingfee;
