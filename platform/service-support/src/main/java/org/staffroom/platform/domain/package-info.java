/**
 * Plain-Java types that service domains share: who acts, and the failures a rule can raise.
 * No Spring and no persistence here, so aggregates may import it.
 */
package org.staffroom.platform.domain;
