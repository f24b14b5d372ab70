/**
 * The CPR number as a value object and its protection at rest (SECURITY IN2, DP1-DP3): validation
 * (DDMMYY-SSSS with a real date, no modulus-11 check), masking, AES-GCM encryption with a key from
 * configuration and a keyed HMAC-SHA256 hash for exact lookup. Shared by clients and the mentor registry.
 */
@NamedInterface("cpr")
package dk.kriminalforsorgen.mentorordning.shared.cpr;

import org.springframework.modulith.NamedInterface;
