/**
 * Users, roles, log-in and access control (DOMAIN §1, SECURITY AS1-AS7, AZ1-AZ2, WS1-WS2):
 * the users table and its administration by the directorate, the log-in with throttling, session
 * control, security headers, and {@link dk.kriminalforsorgen.mentorordning.security.AccessChecker},
 * the area scoping every feature calls when it loads a record. Issue 14: the TOTP second factor
 * ({@link dk.kriminalforsorgen.mentorordning.security.SecondFactor}, with the library {@code dev.samstevens.totp}
 * for RFC 6238 codes and the QR code) and one-time invitation links that let users choose their own password
 * ({@link dk.kriminalforsorgen.mentorordning.security.AccountInvitations}).
 */
package dk.kriminalforsorgen.mentorordning.security;
