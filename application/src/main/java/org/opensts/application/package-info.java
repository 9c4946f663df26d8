/** The use cases of the service and the ports they are reached through and depend on. */
package org.opensts.application;
