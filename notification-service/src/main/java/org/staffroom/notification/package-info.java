/**
 * Email for what happens in a work area. A consumer of the blog topic turns each entry and comment into one
 * delivery per recipient (the area's people who may view its blog, never the author), by each recipient's
 * preference; a sender thread mails them over SMTP with retries; a daily job sends digests; and the delivery
 * log shows each delivery's state.
 */
package org.staffroom.notification;
