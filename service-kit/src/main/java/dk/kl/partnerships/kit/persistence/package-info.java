/** The base of aggregate repositories, and paged, filtered queries. */
package dk.kl.partnerships.kit.persistence;
