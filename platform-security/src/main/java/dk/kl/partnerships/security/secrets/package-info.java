/** Sample secrets and placeholders, refused outside development when a process starts. */
package dk.kl.partnerships.security.secrets;
