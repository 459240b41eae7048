/** The page that records the council's approval of an enrolment. */
package dk.kl.partnerships.web.approval;
