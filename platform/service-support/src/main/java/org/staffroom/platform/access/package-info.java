/**
 * Who may do what in a work area. {@link org.staffroom.platform.access.WorkAreaAccess} holds the rules and is
 * plain Java; the projection keeps its facts from the work-area and collaboration topics in the service's own
 * MongoDB, and {@link org.staffroom.platform.access.AccessPolicy} answers with not found, forbidden or conflict.
 */
package org.staffroom.platform.access;
