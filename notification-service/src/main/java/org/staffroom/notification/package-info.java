/**
 * Email for what happens in a work area, by each recipient's preference, with a delivery log. The
 * service starts and serves its health and API documents; its consumers and resources are not built
 * yet.
 */
package org.staffroom.notification;
