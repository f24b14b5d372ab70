/**
 * Web glue every feature uses: error pages, the request id, messages, form helpers ({@code FormErrors},
 * {@code Option}), Danish formatting and {@code RouteAccess}. A named interface of the shared module.
 */
@NamedInterface("web")
package dk.kriminalforsorgen.mentorordning.shared.web;

import org.springframework.modulith.NamedInterface;
