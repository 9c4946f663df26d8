/**
 * Primary (inbound) port for admission: whether the service takes on one more request, shared by
 * every protocol so that a client cannot gain capacity by switching between them.
 */
package org.opensts.application.port.in.admission;
