package org.opensts.adapter.http;

/** What goes back on the wire: status, XML body and the request id that both carry. */
record WireResponse(int status, String body, String requestId) {}
