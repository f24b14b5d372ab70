/**
 * Users, roles, log-in and access control (DOMAIN §1, SECURITY AS1-AS7, AZ1-AZ2, WS1-WS2):
 * the users table and its administration by the directorate, the log-in with throttling, session
 * control, security headers, and {@link dk.kriminalforsorgen.mentorordning.security.AccessChecker},
 * the area scoping every feature calls when it loads a record.
 * <p>
 * Issue 14: single sign-on for staff through an OpenID Connect provider ({@code SingleSignOnConfiguration},
 * Spring Security's OAuth2 client; the provider's user is matched to an account by a configured claim, role and
 * area come from the account), the switch for the password form ({@code SignInMethods}), the lock keyed on the
 * resolved account, PBKDF2 at 600,000 iterations with re-encoding of older hashes ({@code PasswordHashing}), the
 * breached-password list of nbvcxz ({@code PasswordPolicy}) and one's own password change ({@code PasswordChange}).
 * Also: the TOTP second factor
 * ({@link dk.kriminalforsorgen.mentorordning.security.SecondFactor}, with the library {@code dev.samstevens.totp}
 * for RFC 6238 codes and the QR code) and one-time invitation links that let users choose their own password
 * ({@link dk.kriminalforsorgen.mentorordning.security.AccountInvitations}).
 * <p>
 * Nobody chooses another person's password: the directorate creates staff users without one, and its "reset the
 * password" makes the old password stop working at once (sessions end) and issues a new invitation. The link is shown
 * once to the inviter and e-mailed to the user's address ({@code AccountInvitationIssued}, queued by the notification
 * module in the same transaction; the token lies in its outbox only until the e-mail is sent, and expires after
 * {@code invitation.validity}). Only seeding in code (the demo users, the tests' users) sets a password directly
 * ({@code UserAdministration.create}).
 */
package dk.kriminalforsorgen.mentorordning.security;
