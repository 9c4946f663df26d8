/** In-memory stores: the embedded default, fast and lost at shutdown. */
package org.opensts.adapter.persistence.memory;
