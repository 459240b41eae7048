/** Registration: municipalities, programmes, enrolments, participants and networks. */
package dk.kl.partnerships.registration;
