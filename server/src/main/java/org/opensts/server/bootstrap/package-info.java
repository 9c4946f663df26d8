/** Seeding accounts at start-up: from the bootstrap file, or a demo account when there is none. */
package org.opensts.server.bootstrap;
