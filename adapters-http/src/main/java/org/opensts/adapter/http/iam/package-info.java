/** The IAM admin actions of the Query protocol: parameters to commands, results to XML. */
package org.opensts.adapter.http.iam;
