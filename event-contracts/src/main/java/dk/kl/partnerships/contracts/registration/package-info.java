/** Contracts of registration's topics: programmes, enrolments and networks. */
package dk.kl.partnerships.contracts.registration;
