/** What a service waits for after a start before it answers its API. */
package org.staffroom.platform.readiness;
