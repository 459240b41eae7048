/** What evaluation knows of registration: programmes, participations and networks, and the framework each programme is evaluated against. */
package dk.kl.partnerships.evaluation.registration;
