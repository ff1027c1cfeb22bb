/**
 * The collaboration aggregate of a work area and its commands: which users of the trust collaborate, and
 * what each may view or manage. No Spring, no persistence.
 */
package org.staffroom.collaboration.domain;
