/** Primary (inbound) port that turns a signed request into an authenticated caller. */
package org.opensts.application.port.in.auth;
