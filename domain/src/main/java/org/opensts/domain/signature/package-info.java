/**
 * AWS Signature Version 4 verification, named after the specification's nouns and steps
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html): a {@link
 * org.opensts.domain.signature.SignatureClaim} read from a {@link
 * org.opensts.domain.signature.SignedRequest}, its {@link
 * org.opensts.domain.signature.CanonicalRequest} and {@link
 * org.opensts.domain.signature.StringToSign}, the {@link org.opensts.domain.signature.SigningKey}
 * and the {@link org.opensts.domain.signature.SignatureV4} verifier. Adapters only extract a {@code
 * SignedRequest}; everything here is JDK code.
 */
package org.opensts.domain.signature;
