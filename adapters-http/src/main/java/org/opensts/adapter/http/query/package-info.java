/** AWS Query requests: form and query-string parameters, and parsers from them to commands. */
package org.opensts.adapter.http.query;
