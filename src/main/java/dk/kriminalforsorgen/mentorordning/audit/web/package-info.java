/**
 * The directorate's audit log search at {@code /admin/revision} (SECURITY AU1: the search is itself
 * audited). Its URL rule and menu item are declared in {@code security.SecurityConfig}, so that this
 * package does not depend on security.
 */
package dk.kriminalforsorgen.mentorordning.audit.web;
