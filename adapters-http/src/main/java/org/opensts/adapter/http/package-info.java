/**
 * The AWS Query protocol over HTTP: Micronaut controller, parameter parsing, XML responses and
 * errors.
 */
package org.opensts.adapter.http;
