/**
 * Primary (inbound) port for the customer's side of IAM's temporary delegation: granting a partner
 * account a trade-in token that it exchanges with STS GetDelegatedAccessToken.
 */
package org.opensts.application.port.in.delegation;
