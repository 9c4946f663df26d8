/** The pure model of a security token service. Depends on the JDK only. */
package org.opensts.domain;
