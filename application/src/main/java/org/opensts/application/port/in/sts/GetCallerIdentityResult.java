package org.opensts.application.port.in.sts;

/** The caller's account, ARN and unique id, in AWS's formats. */
public record GetCallerIdentityResult(String account, String arn, String userId) {}
