package org.opensts.domain.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.InvalidRequestException;

/** A permissions boundary names a managed policy by ARN; only the ARN's form is checked. */
class PermissionsBoundaryTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "arn:aws:iam::111111111111:policy/Boundary",
        "arn:aws:iam::111111111111:policy/team/ops/Boundary",
        "arn:aws:iam::aws:policy/PowerUserAccess",
        "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess",
        "arn:aws:iam::111111111111:policy/a+b=c,d.e@f-g_h"
      })
  void givenPolicyArn_policy_acceptsIt(String arn) {
    PermissionsBoundary boundary = PermissionsBoundary.policy(arn);

    assertTrue(boundary.isSet());
    assertEquals(arn, boundary.policyArn());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "arn:aws:iam::111111111111:not_a_policy/invalid",
        "arn:aws:iam::111111111111:role/Boundary",
        "arn:aws:iam::11111111111:policy/ShortAccount",
        "arn:aws:iam::acme:policy/NamedAccount",
        "arn:aws-cn:iam::111111111111:policy/OtherPartition",
        "arn:aws:iam:us-east-1:111111111111:policy/Regional",
        "arn:aws:s3:::111111111111:policy/OtherService",
        "arn:aws:iam::111111111111:policy/",
        "arn:aws:iam::111111111111:policy/bad name",
        "PowerUserAccess-policy-name"
      })
  void givenArnThatIsNotAPolicy_policy_failsWithInvalidInputInAwsWords(String arn) {
    InvalidRequestException error =
        assertThrows(InvalidRequestException.class, () -> PermissionsBoundary.policy(arn));

    assertEquals(ErrorCode.INVALID_INPUT, error.code());
    assertEquals("ARN " + arn + " is not valid.", error.getMessage());
  }

  @Test
  void givenNone_isSet_isFalse() {
    assertFalse(PermissionsBoundary.NONE.isSet());
  }
}
