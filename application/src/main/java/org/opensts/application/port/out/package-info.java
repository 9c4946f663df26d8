/** Secondary (outbound) ports: what the use cases need from the outside — stores, keys, parsing. */
package org.opensts.application.port.out;
