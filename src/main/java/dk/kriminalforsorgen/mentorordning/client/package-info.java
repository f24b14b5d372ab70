/**
 * Clients (klienter), their custody status and its history, LS/RNR assessments, the documented
 * need, motivation and mentor offers, and the eligibility engine (DOMAIN §3, rules E1-E9; the
 * competent area of rule C1). Client records are area-scoped (AZ2) and every read and change is
 * audited (AU1); the CPR number is protected by {@code shared.cpr} (DP1-DP3).
 */
package dk.kriminalforsorgen.mentorordning.client;
