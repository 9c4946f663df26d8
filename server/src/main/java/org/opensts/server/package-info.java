/** The composition root: the Micronaut application that wires adapters to the use cases. */
package org.opensts.server;
