/** The 98 municipalities and their billing profiles (EAN, CVR, buyer reference, address). */
package dk.kl.partnerships.registration.municipality;
