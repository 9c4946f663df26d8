/**
 * Secondary adapter: reads IAM policy JSON with Jackson into the domain's policy documents,
 * enforcing AWS's policy grammar for trust and identity policies.
 */
package org.opensts.adapter.policyjson;
