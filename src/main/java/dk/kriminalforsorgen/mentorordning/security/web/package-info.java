/**
 * Pages of the security feature (DOMAIN §1; SECURITY AS1, AS7, AZ2, AZ4, IN1, CI1): the directorate's
 * user administration at {@code /admin/brugere} and "Mit område" at {@code /omraade} for caseworkers
 * and coordinators. Form objects only; the rules live in {@code UserAdministration} and {@code AccessChecker}.
 */
package dk.kriminalforsorgen.mentorordning.security.web;
