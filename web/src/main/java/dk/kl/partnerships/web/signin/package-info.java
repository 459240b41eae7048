/** The signed-in person as the platform knows them, and the signed-out page. */
package dk.kl.partnerships.web.signin;
