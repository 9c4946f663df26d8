/**
 * Primary adapter: the {@code sts.v1} gRPC API. Services translate Protobuf messages into the same
 * commands as the AWS Query endpoint and results back ({@code ProtoMapper}); {@code
 * SigV4ServerInterceptor} authenticates every call with SigV4 over the serialized request message;
 * {@code GrpcErrors} is the one table from error codes to gRPC statuses. {@link
 * org.opensts.adapter.grpc.SigV4ClientInterceptor} is the public client side. Generated Protobuf
 * types live in {@code org.opensts.adapter.grpc.v1}.
 */
package org.opensts.adapter.grpc;
