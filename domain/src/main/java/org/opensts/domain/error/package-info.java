/** The one error vocabulary of the service: a sealed root, its subclasses and their codes. */
package org.opensts.domain.error;
