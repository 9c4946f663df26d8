/**
 * Micronaut factories that build the framework-free use cases and adapters and expose them as
 * beans.
 */
package org.opensts.server.wiring;
