/**
 * Primary adapter: the {@code sts.v1} gRPC API. Services translate Protobuf messages into the same
 * commands as the AWS Query endpoint and results back ({@code ProtoMapper}); {@code
 * SigV4ServerInterceptor} authenticates every call but the two unsigned federation calls with SigV4
 * over the request message's bytes as received; {@code GrpcErrors} is the one table from error
 * codes to gRPC statuses. {@link org.opensts.adapter.grpc.SigV4ClientInterceptor} is the public
 * client side. Generated Protobuf types live in {@code org.opensts.adapter.grpc.v1}.
 */
package org.opensts.adapter.grpc;
