/**
 * What is worth an email and to whom: notices made from domain events, the recipient rule, the delivery
 * modes and statuses, and the retry schedule. No Spring and no persistence.
 */
package org.staffroom.notification.domain;
