/**
 * Bearer-token checks shared by the gateway and the services: each token's signature and claims are checked once
 * and the result kept until the token expires.
 */
package org.staffroom.platform.tokens;
