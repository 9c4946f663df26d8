/** Primary (inbound) ports that create accounts and their identities. */
package org.opensts.application.port.in.admin;
