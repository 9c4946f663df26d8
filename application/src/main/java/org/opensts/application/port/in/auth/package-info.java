/**
 * Primary (inbound) ports for authentication and authorization: turning a signed request into an
 * authenticated caller, and deciding what that caller may do for an internal service.
 */
package org.opensts.application.port.in.auth;
