/** AWS error responses: the one table from error codes to HTTP status and wire code. */
package org.opensts.adapter.http.error;
