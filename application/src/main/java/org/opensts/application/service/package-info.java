/**
 * The services behind the use cases, framework-free and package-private, built by {@link
 * org.opensts.application.service.StsUseCases}.
 */
package org.opensts.application.service;
