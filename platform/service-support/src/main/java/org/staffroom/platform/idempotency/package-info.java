/**
 * Makes a retried POST return the first result. The first request with an {@code Idempotency-Key}
 * claims the key; its response is kept and replayed to every retry from the same user.
 */
package org.staffroom.platform.idempotency;
