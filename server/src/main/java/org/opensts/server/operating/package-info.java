/**
 * What operators watch and drive: readiness once the stores are loaded, the log format, a SIGTERM
 * that drains requests before the process exits.
 */
package org.opensts.server.operating;
