package org.opensts.adapter.policyjson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.opensts.domain.policy.PolicyKind.IDENTITY;
import static org.opensts.domain.policy.PolicyKind.TRUST;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensts.domain.error.ErrorCode;
import org.opensts.domain.error.MalformedPolicyDocumentException;
import org.opensts.domain.policy.ActionClause;
import org.opensts.domain.policy.Condition;
import org.opensts.domain.policy.ConditionOperator;
import org.opensts.domain.policy.Effect;
import org.opensts.domain.policy.PolicyDocument;
import org.opensts.domain.policy.PolicyKind;
import org.opensts.domain.policy.PolicyPattern;
import org.opensts.domain.policy.PrincipalClause;
import org.opensts.domain.policy.ResourceClause;
import org.opensts.domain.policy.SetQualifier;
import org.opensts.domain.policy.Statement;

class JacksonPolicyDocumentParserTest {

  private static final String ROLE = "arn:aws:iam::123456789012:role/Deployer";
  private static final String NO_PRINCIPALS =
      "Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException:"
          + " The passed in policy has a statement with no principals!";

  private final JacksonPolicyDocumentParser parser = new JacksonPolicyDocumentParser();

  // ---------------------------------------------------------------- valid documents

  static Stream<Arguments> validDocuments() {
    return Stream.of(
        arguments(
            "a trust policy with a single statement object and an account principal",
            TRUST,
            json(
                "{'Version':'2012-10-17','Statement':{'Effect':'Allow',"
                    + "'Principal':{'AWS':'123456789012'},'Action':'sts:AssumeRole'}}"),
            "2012-10-17",
            List.of(
                new Statement(
                    "",
                    Effect.ALLOW,
                    PrincipalClause.principal(Map.of("AWS", List.of("123456789012"))),
                    ActionClause.action(List.of("sts:AssumeRole")),
                    ResourceClause.ATTACHED_RESOURCE))),
        arguments(
            "a trust policy with a statement array, Sids and a Deny",
            TRUST,
            json(
                "{'Version':'2012-10-17','Statement':["
                    + "{'Sid':'Trust','Effect':'Allow','Principal':'*','Action':'sts:AssumeRole'},"
                    + "{'Sid':'NoTags','Effect':'Deny','Principal':'*',"
                    + "'Action':'sts:TagSession'}]}"),
            "2012-10-17",
            List.of(
                new Statement(
                    "Trust",
                    Effect.ALLOW,
                    PrincipalClause.EVERYONE,
                    ActionClause.action(List.of("sts:AssumeRole")),
                    ResourceClause.ATTACHED_RESOURCE),
                new Statement(
                    "NoTags",
                    Effect.DENY,
                    PrincipalClause.EVERYONE,
                    ActionClause.action(List.of("sts:TagSession")),
                    ResourceClause.ATTACHED_RESOURCE))),
        arguments(
            "an AWS principal of \"*\" written as an object, which is everyone",
            TRUST,
            allowStatement("'Principal':{'AWS':'*'},'Action':'sts:AssumeRole'"),
            "2012-10-17",
            List.of(trustAllow(PrincipalClause.EVERYONE, "sts:AssumeRole"))),
        arguments(
            "every AWS principal form in one array, action list with wildcards",
            TRUST,
            allowStatement(
                "'Principal':{'AWS':['123456789012','arn:aws:iam::123456789012:root',"
                    + "'arn:aws:iam::123456789012:user/ops/alice',"
                    + "'arn:aws:iam::123456789012:role/Deployer',"
                    + "'arn:aws:sts::123456789012:assumed-role/Deployer/ci-run@42']},"
                    + "'Action':['sts:AssumeRole','sts:Tag*']"),
            "2012-10-17",
            List.of(
                new Statement(
                    "",
                    Effect.ALLOW,
                    PrincipalClause.principal(
                        Map.of(
                            "AWS",
                            List.of(
                                "123456789012",
                                "arn:aws:iam::123456789012:root",
                                "arn:aws:iam::123456789012:user/ops/alice",
                                "arn:aws:iam::123456789012:role/Deployer",
                                "arn:aws:sts::123456789012:assumed-role/Deployer/ci-run@42"))),
                    ActionClause.action(List.of("sts:AssumeRole", "sts:Tag*")),
                    ResourceClause.ATTACHED_RESOURCE))),
        arguments(
            "Federated, Service and CanonicalUser principals keep their keys as written",
            TRUST,
            allowStatement(
                "'Principal':{"
                    + "'Federated':'arn:aws:iam::123456789012:oidc-provider/token.example.com',"
                    + "'Service':['ec2.amazonaws.com','lambda.amazonaws.com'],"
                    + "'CanonicalUser':'79a59df9'},"
                    + "'Action':'sts:AssumeRoleWithWebIdentity'"),
            "2012-10-17",
            List.of(
                trustAllow(
                    PrincipalClause.principal(
                        Map.of(
                            "Federated",
                            List.of("arn:aws:iam::123456789012:oidc-provider/token.example.com"),
                            "Service",
                            List.of("ec2.amazonaws.com", "lambda.amazonaws.com"),
                            "CanonicalUser",
                            List.of("79a59df9"))),
                    "sts:AssumeRoleWithWebIdentity"))),
        arguments(
            "Federated principals: OIDC and SAML providers and the built-in identity providers",
            TRUST,
            allowStatement(
                "'Principal':{'Federated':["
                    + "'arn:aws:iam::123456789012:oidc-provider/server.example.com',"
                    + "'arn:aws:iam::123456789012:saml-provider/ExampleOrgSSOProvider',"
                    + "'accounts.google.com','graph.facebook.com','www.amazon.com',"
                    + "'cognito-identity.amazonaws.com']},"
                    + "'Action':['sts:AssumeRoleWithWebIdentity','sts:AssumeRoleWithSAML']"),
            "2012-10-17",
            List.of(
                new Statement(
                    "",
                    Effect.ALLOW,
                    PrincipalClause.principal(
                        Map.of(
                            "Federated",
                            List.of(
                                "arn:aws:iam::123456789012:oidc-provider/server.example.com",
                                "arn:aws:iam::123456789012:saml-provider/ExampleOrgSSOProvider",
                                "accounts.google.com",
                                "graph.facebook.com",
                                "www.amazon.com",
                                "cognito-identity.amazonaws.com"))),
                    ActionClause.action(
                        List.of("sts:AssumeRoleWithWebIdentity", "sts:AssumeRoleWithSAML")),
                    ResourceClause.ATTACHED_RESOURCE))),
        arguments(
            "a Service principal written as a string",
            TRUST,
            allowStatement("'Principal':{'Service':'ec2.amazonaws.com'},'Action':'sts:AssumeRole'"),
            "2012-10-17",
            List.of(
                trustAllow(
                    PrincipalClause.principal(Map.of("Service", List.of("ec2.amazonaws.com"))),
                    "sts:AssumeRole"))),
        arguments(
            "an empty AWS list beside a Service principal still names a principal",
            TRUST,
            allowStatement(
                "'Principal':{'AWS':[],'Service':'ec2.amazonaws.com'},'Action':'sts:AssumeRole'"),
            "2012-10-17",
            List.of(
                trustAllow(
                    PrincipalClause.principal(
                        Map.of("AWS", List.of(), "Service", List.of("ec2.amazonaws.com"))),
                    "sts:AssumeRole"))),
        arguments(
            "NotPrincipal \"*\" and NotPrincipal with an account",
            TRUST,
            json(
                "{'Version':'2012-10-17','Statement':["
                    + "{'Effect':'Deny','NotPrincipal':'*','Action':'sts:AssumeRole'},"
                    + "{'Effect':'Deny','NotPrincipal':{'AWS':'123456789012'},"
                    + "'Action':'sts:AssumeRole'}]}"),
            "2012-10-17",
            List.of(
                new Statement(
                    "",
                    Effect.DENY,
                    PrincipalClause.notPrincipal(Map.of("AWS", List.of("*"))),
                    ActionClause.action(List.of("sts:AssumeRole")),
                    ResourceClause.ATTACHED_RESOURCE),
                new Statement(
                    "",
                    Effect.DENY,
                    PrincipalClause.notPrincipal(Map.of("AWS", List.of("123456789012"))),
                    ActionClause.action(List.of("sts:AssumeRole")),
                    ResourceClause.ATTACHED_RESOURCE))),
        arguments(
            "a trust policy may still name a Resource",
            TRUST,
            allowStatement("'Principal':'*','Action':'sts:AssumeRole','Resource':'" + ROLE + "'"),
            "2012-10-17",
            List.of(
                new Statement(
                    "",
                    Effect.ALLOW,
                    PrincipalClause.EVERYONE,
                    ActionClause.action(List.of("sts:AssumeRole")),
                    resource(ROLE)))),
        arguments(
            "an identity policy with string Action and string Resource",
            IDENTITY,
            allowStatement("'Action':'sts:AssumeRole','Resource':'" + ROLE + "'"),
            "2012-10-17",
            List.of(identityAllow(ActionClause.action(List.of("sts:AssumeRole")), resource(ROLE)))),
        arguments(
            "an identity policy with Action and Resource arrays",
            IDENTITY,
            allowStatement(
                "'Action':['iam:*AccessKey*','s3:GetObject'],"
                    + "'Resource':['*','arn:aws:s3:::bucket/*']"),
            "2012-10-17",
            List.of(
                identityAllow(
                    ActionClause.action(List.of("iam:*AccessKey*", "s3:GetObject")),
                    resource("*", "arn:aws:s3:::bucket/*")))),
        arguments(
            "an identity policy with NotAction and NotResource",
            IDENTITY,
            allowStatement("'NotAction':'iam:*','NotResource':['" + ROLE + "']"),
            "2012-10-17",
            List.of(identityAllow(ActionClause.notAction(List.of("iam:*")), notResource(ROLE)))),
        arguments(
            "the \"*\" action and the \"*\" vendor",
            IDENTITY,
            allowStatement("'Action':['*','*:Get*'],'Resource':'*'"),
            "2012-10-17",
            List.of(identityAllow(ActionClause.action(List.of("*", "*:Get*")), resource("*")))),
        arguments(
            "the 2008-10-17 version",
            IDENTITY,
            policyWithTopLevel("'Version':'2008-10-17'"),
            "2008-10-17",
            List.of(
                identityAllow(
                    ActionClause.action(List.of("s3:*")), ResourceClause.resource(List.of("*"))))),
        arguments(
            "no Version, which AWS reads as 2008-10-17",
            IDENTITY,
            json("{'Statement':{'Effect':'Allow','Action':'s3:*','Resource':'*'}}"),
            "2008-10-17",
            List.of(
                identityAllow(
                    ActionClause.action(List.of("s3:*")), ResourceClause.resource(List.of("*"))))),
        arguments(
            "an Id and an empty Condition, which restricts nothing",
            IDENTITY,
            json(
                "{'Id':'policy-1','Version':'2012-10-17','Statement':"
                    + "{'Effect':'Allow','Action':'s3:*','Resource':'*','Condition':{}}}"),
            "2012-10-17",
            List.of(identityAllow(ActionClause.action(List.of("s3:*")), resource("*")))),
        arguments(
            "elements in any order, a Latin-1 Sid and two statements with empty Sids",
            IDENTITY,
            json(
                "{'Statement':["
                    + "{'Resource':'*','Action':'s3:*','Effect':'Deny','Sid':'Caf\u00e9\u00ff'},"
                    + "{'Sid':'','Effect':'Allow','Action':'s3:*','Resource':'*'},"
                    + "{'Sid':'','Effect':'Allow','Action':'s3:*','Resource':'*'}],"
                    + "'Version':'2012-10-17'}"),
            "2012-10-17",
            List.of(
                new Statement(
                    "Caf\u00e9\u00ff",
                    Effect.DENY,
                    PrincipalClause.ABSENT,
                    ActionClause.action(List.of("s3:*")),
                    resource("*")),
                identityAllow(ActionClause.action(List.of("s3:*")), resource("*")),
                identityAllow(ActionClause.action(List.of("s3:*")), resource("*")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDocuments")
  void givenValidDocument_parse_returnsItsStatements(
      String caseName, PolicyKind kind, String json, String version, List<Statement> statements) {
    PolicyDocument document = parser.parse(json, kind);

    assertEquals(new PolicyDocument(version, statements, json), document);
  }

  @Test
  void givenFormattedDocument_parse_keepsTheTextExactlyAsGiven() {
    String text =
        "{\r\n"
            + "\t\"Version\" : \"2012-10-17\",\n"
            + "  \"Statement\": [ {\"Effect\":\"Allow\",\n"
            + "  \"Principal\": {\"Service\": \"ec2.amazonaws.com\"},  \"Action\":"
            + " \"sts:AssumeRole\"} ]\n"
            + "}\n";

    PolicyDocument document = parser.parse(text, TRUST);

    assertEquals(text, document.text());
  }

  @Test
  void givenDocumentOfExactlyTheMaximumSize_parse_acceptsIt() {
    String policy = allowStatement("'Action':'s3:*','Resource':'*'");
    String text = policy + " ".repeat(PolicyText.MAX_CHARACTERS - policy.length());

    PolicyDocument document = parser.parse(text, IDENTITY);

    assertEquals(PolicyText.MAX_CHARACTERS, document.text().length());
  }

  // ---------------------------------------------------------------- malformed documents

  static Stream<Arguments> invalidJson() {
    return Stream.of(
        arguments("text that is not JSON", "Allow everything"),
        arguments("empty text", ""),
        arguments("only whitespace", " \n\t"),
        arguments("an unterminated object", "{\"Version\":\"2012-10-17\""),
        arguments(
            "trailing garbage after the object",
            allowStatement("'Action':'s3:*','Resource':'*'") + " x"),
        arguments(
            "a second object after the first",
            allowStatement("'Action':'s3:*','Resource':'*'") + "{}"),
        arguments(
            "a top level that is an array",
            "[" + allowStatement("'Action':'s3:*','Resource':'*'") + "]"),
        arguments("a top level that is a string", "\"policy\""),
        arguments("a top level that is null", "null"),
        arguments("single-quoted strings", "{'Version':'2012-10-17'}"),
        arguments("a comment", "/* allow */ " + allowStatement("'Action':'s3:*','Resource':'*'")),
        arguments("a trailing comma", json("{'Version':'2012-10-17','Statement':[],}")),
        arguments("an unquoted key", "{Version:\"2012-10-17\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidJson")
  void givenInvalidJson_parse_rejectsAsInvalidJson(String caseName, String text) {
    MalformedPolicyDocumentException error =
        assertThrows(MalformedPolicyDocumentException.class, () -> parser.parse(text, IDENTITY));

    assertEquals("This policy contains invalid Json", error.getMessage());
    assertEquals(ErrorCode.MALFORMED_POLICY_DOCUMENT, error.code());
  }

  static Stream<Arguments> duplicateKeys() {
    return Stream.of(
        arguments(
            "Version twice at the top",
            policyWithTopLevel("'Version':'2012-10-17','Version':'2008-10-17'"),
            "Version"),
        arguments(
            "Effect twice in a statement (Deny then Allow)",
            allowStatement("'Effect':'Deny','Action':'s3:*','Resource':'*'"),
            "Effect"),
        arguments(
            "the same key twice inside an empty-looking Condition operator",
            allowStatement(
                "'Action':'s3:*','Resource':'*','Condition':{'IpAddress':"
                    + "{'aws:SourceIp':'10.0.0.0/8','aws:SourceIp':'0.0.0.0/0'}}"),
            "aws:SourceIp"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("duplicateKeys")
  void givenDuplicateKeys_parse_rejectsAsMalformed(String caseName, String text, String key) {
    MalformedPolicyDocumentException error =
        assertThrows(MalformedPolicyDocumentException.class, () -> parser.parse(text, IDENTITY));

    assertEquals(
        "This policy contains invalid Json: duplicate key \"" + key + "\"", error.getMessage());
  }

  static Stream<Arguments> textOutsideTheLimits() {
    String policy = allowStatement("'Action':'s3:*','Resource':'*'");
    return Stream.of(
        arguments(
            "one character more than 131072",
            policy + " ".repeat(PolicyText.MAX_CHARACTERS + 1 - policy.length()),
            "Cannot exceed quota for PolicySize: 131072"),
        arguments(
            "a character just above U+00FF in a Sid",
            allowStatement("'Sid':'\u0100','Action':'s3:*','Resource':'*'"),
            "U+0100 at position"),
        arguments("a backspace between tokens", "\b" + policy, "U+0008 at position 0"),
        arguments("a vertical tab between tokens", policy + "\u000B", "U+000B"),
        arguments(
            "an emoji in a resource",
            allowStatement("'Action':'s3:*','Resource':'arn:aws:s3:::\uD83D\uDE00'"),
            "U+1F600"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textOutsideTheLimits")
  void givenTextOutsideIamLimits_parse_rejectsAsMalformed(
      String caseName, String text, String fragment) {
    assertRejected(text, IDENTITY, fragment);
  }

  static Stream<Arguments> grammarViolations() {
    return Stream.of(
        // document
        arguments(
            "an unknown top-level element",
            IDENTITY,
            json("{'Version':'2012-10-17','Statements':[]}"),
            "Syntax errors in policy. Unknown element \"Statements\""),
        arguments(
            "an element name holding an escaped NUL, shown escaped in the message",
            IDENTITY,
            json("{'Version':'2012-10-17','\\u0000':1}"),
            "Unknown element \"\\u0000\" at the top of the policy."),
        arguments(
            "a lowercase version key, as keys are case-sensitive",
            IDENTITY,
            policyWithTopLevel("'version':'2012-10-17'"),
            "Unknown element \"version\""),
        arguments(
            "an unknown version",
            IDENTITY,
            policyWithTopLevel("'Version':'2012-10-18'"),
            "Syntax errors in policy. Version must be \"2012-10-17\" or \"2008-10-17\""),
        arguments(
            "a version that is not a string",
            IDENTITY,
            policyWithTopLevel("'Version':20121017"),
            "Version must be"),
        arguments(
            "an Id that is not a string",
            IDENTITY,
            policyWithTopLevel("'Version':'2012-10-17','Id':1"),
            "Id must be a string."),
        arguments(
            "no Statement",
            IDENTITY,
            json("{'Version':'2012-10-17'}"),
            "The policy has no Statement."),
        arguments(
            "an empty Statement array",
            IDENTITY,
            json("{'Version':'2012-10-17','Statement':[]}"),
            "Statement must be an object or a non-empty array of objects."),
        arguments(
            "a Statement that is a string",
            IDENTITY,
            json("{'Version':'2012-10-17','Statement':'Allow'}"),
            "Statement must be an object or a non-empty array of objects."),
        arguments(
            "a Statement array holding a string",
            IDENTITY,
            json("{'Version':'2012-10-17','Statement':['Allow']}"),
            "Each Statement must be an object."),
        arguments(
            "two statements with the same Sid",
            IDENTITY,
            json(
                "{'Version':'2012-10-17','Statement':["
                    + "{'Sid':'Same','Effect':'Allow','Action':'s3:*','Resource':'*'},"
                    + "{'Sid':'Same','Effect':'Deny','Action':'iam:*','Resource':'*'}]}"),
            "Statement IDs (SID) in a single policy must be unique."),
        // statement
        arguments(
            "an unknown statement element",
            IDENTITY,
            allowStatement("'Actions':'s3:*','Resource':'*'"),
            "Unknown element \"Actions\" in a statement."),
        arguments(
            "a Sid that is not a string",
            IDENTITY,
            allowStatement("'Sid':7,'Action':'s3:*','Resource':'*'"),
            "Sid must be a string."),
        arguments(
            "no Effect",
            IDENTITY,
            json("{'Version':'2012-10-17','Statement':{'Action':'s3:*','Resource':'*'}}"),
            "A statement has no Effect."),
        arguments(
            "an Effect other than Allow or Deny",
            IDENTITY,
            policyWithEffect("'Permit'"),
            "Syntax errors in policy. Effect must be \"Allow\" or \"Deny\", not \"Permit\"."),
        arguments(
            "an Effect in the wrong case",
            IDENTITY,
            policyWithEffect("'allow'"),
            "The policy failed legacy parsing"),
        arguments(
            "an Effect that is an array",
            IDENTITY,
            policyWithEffect("['Allow']"),
            "Effect must be a string."),
        arguments(
            "no Action or NotAction",
            IDENTITY,
            allowStatement("'Resource':'*'"),
            "Policy statement must contain actions."),
        arguments(
            "an empty Action array",
            IDENTITY,
            allowStatement("'Action':[],'Resource':'*'"),
            "Policy statement must contain actions."),
        arguments(
            "both Action and NotAction",
            IDENTITY,
            allowStatement("'Action':'s3:*','NotAction':'iam:*','Resource':'*'"),
            "Syntax errors in policy. A statement cannot have both Action and NotAction."),
        arguments(
            "an Action that is a number",
            IDENTITY,
            allowStatement("'Action':1,'Resource':'*'"),
            "Action must be a string or an array of strings."),
        arguments(
            "an Action array holding an object",
            IDENTITY,
            allowStatement("'Action':['s3:*',{}],'Resource':'*'"),
            "Action must be a string or an array of strings."),
        arguments(
            "an action without a vendor",
            IDENTITY,
            allowStatement("'Action':'AssumeRole','Resource':'*'"),
            "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."),
        arguments(
            "a NotAction with an empty vendor",
            IDENTITY,
            allowStatement("'NotAction':':AssumeRole','Resource':'*'"),
            "Actions/Conditions must be prefaced by a vendor"),
        arguments(
            "an action with two colons",
            IDENTITY,
            allowStatement("'Action':'sts:Assume:Role','Resource':'*'"),
            "Actions/Condition can contain only one colon."),
        arguments(
            "a vendor with a space",
            IDENTITY,
            allowStatement("'Action':'s 3:GetObject','Resource':'*'"),
            "Vendor s 3 is not valid"),
        arguments(
            "both Resource and NotResource",
            IDENTITY,
            allowStatement("'Action':'s3:*','Resource':'*','NotResource':'" + ROLE + "'"),
            "Syntax errors in policy. A statement cannot have both Resource and NotResource."),
        arguments(
            "an identity statement without resources",
            IDENTITY,
            allowStatement("'Action':'s3:*'"),
            "Policy statement must contain resources."),
        arguments(
            "an empty NotResource array",
            IDENTITY,
            allowStatement("'Action':'s3:*','NotResource':[]"),
            "Policy statement must contain resources."),
        arguments(
            "a resource that is neither an ARN nor \"*\"",
            IDENTITY,
            allowStatement("'Action':'s3:*','Resource':'my-bucket'"),
            "Resource my-bucket must be in ARN format or \"*\"."),
        arguments(
            "a Resource that is an object",
            TRUST,
            allowStatement("'Principal':'*','Action':'sts:AssumeRole','Resource':{}"),
            "Resource must be a string or an array of strings."),
        arguments(
            "a Condition that is a string",
            IDENTITY,
            allowStatement("'Action':'s3:*','Resource':'*','Condition':'true'"),
            "Syntax errors in policy. Condition must be an object."),
        // principal
        arguments(
            "a trust statement without a principal",
            TRUST,
            allowStatement("'Action':'sts:AssumeRole'"),
            NO_PRINCIPALS),
        arguments(
            "a trust statement with an empty Principal object",
            TRUST,
            allowStatement("'Principal':{},'Action':'sts:AssumeRole'"),
            NO_PRINCIPALS),
        arguments(
            "a trust statement whose only principal list is empty",
            TRUST,
            allowStatement("'Principal':{'AWS':[]},'Action':'sts:AssumeRole'"),
            NO_PRINCIPALS),
        arguments(
            "a Principal in an identity policy",
            IDENTITY,
            allowStatement("'Principal':'*','Action':'s3:*','Resource':'*'"),
            "Policy document should not specify a principal."),
        arguments(
            "a NotPrincipal in an identity policy",
            IDENTITY,
            allowStatement("'NotPrincipal':{'AWS':'123456789012'},'Action':'s3:*','Resource':'*'"),
            "Policy document should not specify a principal."),
        arguments(
            "both Principal and NotPrincipal",
            TRUST,
            allowStatement(
                "'Principal':'*','NotPrincipal':{'AWS':'123456789012'},'Action':'sts:AssumeRole'"),
            "Syntax errors in policy. A statement cannot have both Principal and NotPrincipal."),
        arguments(
            "a Principal that is a bare ARN string",
            TRUST,
            allowStatement("'Principal':'" + ROLE + "','Action':'sts:AssumeRole'"),
            "Principal must be \"*\" or an object of principal types."),
        arguments(
            "a principal type in the wrong case",
            TRUST,
            allowStatement("'Principal':{'aws':'123456789012'},'Action':'sts:AssumeRole'"),
            "Unknown principal type \"aws\" in Principal"),
        arguments(
            "a Service principal that is a number",
            TRUST,
            allowStatement("'Principal':{'Service':42},'Action':'sts:AssumeRole'"),
            "Principal.Service must be a string or an array of strings."),
        arguments(
            "an AWS principal that is a role name",
            TRUST,
            allowStatement("'Principal':{'AWS':'Deployer'},'Action':'sts:AssumeRole'"),
            "Invalid principal in policy: \"AWS\":\"Deployer\""),
        arguments(
            "an account id of eleven digits",
            TRUST,
            allowStatement(
                "'Principal':{'AWS':['123456789012','12345678901']},'Action':'sts:AssumeRole'"),
            "Invalid principal in policy: \"AWS\":\"12345678901\""),
        arguments(
            "a role ARN with a wildcard",
            TRUST,
            allowStatement(
                "'Principal':{'AWS':'arn:aws:iam::123456789012:role/*'},'Action':'sts:AssumeRole'"),
            "Invalid principal in policy: \"AWS\":\"arn:aws:iam::123456789012:role/*\""),
        arguments(
            "a group ARN, which is not a principal",
            TRUST,
            allowStatement(
                "'Principal':{'AWS':'arn:aws:iam::123456789012:group/admins'},"
                    + "'Action':'sts:AssumeRole'"),
            "Invalid principal in policy: \"AWS\":\"arn:aws:iam::123456789012:group/admins\""),
        arguments(
            "an assumed-role ARN without a session name",
            TRUST,
            allowStatement(
                "'Principal':{'AWS':'arn:aws:sts::123456789012:assumed-role/Deployer'},"
                    + "'Action':'sts:AssumeRole'"),
            "Invalid principal in policy:"
                + " \"AWS\":\"arn:aws:sts::123456789012:assumed-role/Deployer\""),
        arguments(
            "an invalid AWS value in a NotPrincipal",
            TRUST,
            json(
                "{'Version':'2012-10-17','Statement':"
                    + "{'Effect':'Deny','NotPrincipal':{'AWS':'root'},'Action':'sts:AssumeRole'}}"),
            "Invalid principal in policy: \"AWS\":\"root\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("grammarViolations")
  void givenDocumentBreakingTheGrammar_parse_rejectsSayingWhy(
      String caseName, PolicyKind kind, String text, String fragment) {
    assertRejected(text, kind, fragment);
  }

  // ---------------------------------------------------------------- conditions

  /**
   * The operator names of the IAM User Guide's condition operator reference
   * (reference_policies_elements_condition_operators), written out rather than taken from the
   * domain, so that a misnamed domain operator fails here.
   */
  private static final List<Map.Entry<String, ConditionOperator>> AWS_OPERATOR_NAMES =
      List.of(
          Map.entry("StringEquals", ConditionOperator.STRING_EQUALS),
          Map.entry("StringNotEquals", ConditionOperator.STRING_NOT_EQUALS),
          Map.entry("StringEqualsIgnoreCase", ConditionOperator.STRING_EQUALS_IGNORE_CASE),
          Map.entry("StringNotEqualsIgnoreCase", ConditionOperator.STRING_NOT_EQUALS_IGNORE_CASE),
          Map.entry("StringLike", ConditionOperator.STRING_LIKE),
          Map.entry("StringNotLike", ConditionOperator.STRING_NOT_LIKE),
          Map.entry("NumericEquals", ConditionOperator.NUMERIC_EQUALS),
          Map.entry("NumericNotEquals", ConditionOperator.NUMERIC_NOT_EQUALS),
          Map.entry("NumericLessThan", ConditionOperator.NUMERIC_LESS_THAN),
          Map.entry("NumericLessThanEquals", ConditionOperator.NUMERIC_LESS_THAN_EQUALS),
          Map.entry("NumericGreaterThan", ConditionOperator.NUMERIC_GREATER_THAN),
          Map.entry("NumericGreaterThanEquals", ConditionOperator.NUMERIC_GREATER_THAN_EQUALS),
          Map.entry("DateEquals", ConditionOperator.DATE_EQUALS),
          Map.entry("DateNotEquals", ConditionOperator.DATE_NOT_EQUALS),
          Map.entry("DateLessThan", ConditionOperator.DATE_LESS_THAN),
          Map.entry("DateLessThanEquals", ConditionOperator.DATE_LESS_THAN_EQUALS),
          Map.entry("DateGreaterThan", ConditionOperator.DATE_GREATER_THAN),
          Map.entry("DateGreaterThanEquals", ConditionOperator.DATE_GREATER_THAN_EQUALS),
          Map.entry("Bool", ConditionOperator.BOOL),
          Map.entry("BinaryEquals", ConditionOperator.BINARY_EQUALS),
          Map.entry("IpAddress", ConditionOperator.IP_ADDRESS),
          Map.entry("NotIpAddress", ConditionOperator.NOT_IP_ADDRESS),
          Map.entry("ArnEquals", ConditionOperator.ARN_EQUALS),
          Map.entry("ArnLike", ConditionOperator.ARN_LIKE),
          Map.entry("ArnNotEquals", ConditionOperator.ARN_NOT_EQUALS),
          Map.entry("ArnNotLike", ConditionOperator.ARN_NOT_LIKE),
          Map.entry("Null", ConditionOperator.NULL));

  @Test
  void givenTheOperatorNamesOfTheUserGuide_eachDomainOperator_appearsOnce() {
    List<ConditionOperator> listed = AWS_OPERATOR_NAMES.stream().map(Map.Entry::getValue).toList();

    assertEquals(EnumSet.allOf(ConditionOperator.class), EnumSet.copyOf(listed));
    assertEquals(ConditionOperator.values().length, listed.size());
  }

  /** Every operator with every qualifier, with and without IfExists (which Null does not take). */
  static Stream<Arguments> operatorNames() {
    List<Arguments> cases = new ArrayList<>();
    for (Map.Entry<String, ConditionOperator> operator : AWS_OPERATOR_NAMES) {
      for (SetQualifier qualifier : SetQualifier.values()) {
        for (boolean ifExists : new boolean[] {false, true}) {
          if (ifExists && operator.getValue() == ConditionOperator.NULL) {
            continue;
          }
          String name = qualifier.prefix() + operator.getKey() + (ifExists ? "IfExists" : "");
          cases.add(
              arguments(
                  name
                      + " reads as "
                      + operator.getValue()
                      + ", "
                      + qualifier
                      + ", IfExists "
                      + ifExists,
                  name,
                  operator.getValue(),
                  qualifier,
                  ifExists));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operatorNames")
  void givenOperatorName_parse_readsOperatorQualifierAndIfExists(
      String caseName,
      String operatorName,
      ConditionOperator operator,
      SetQualifier qualifier,
      boolean ifExists) {
    Condition condition = onlyCondition(parseCondition("{'" + operatorName + "':{'k:key':'v'}}"));

    assertEquals(operator, condition.operator());
    assertEquals(qualifier, condition.qualifier());
    assertEquals(ifExists, condition.ifExists());
    assertEquals(operatorName, condition.operatorName());
  }

  static Stream<Arguments> conditionValues() {
    return Stream.of(
        arguments("a string", "'10.0.0.0/8'", List.of("10.0.0.0/8")),
        arguments("an empty string", "''", List.of("")),
        arguments("a string with JSON escapes", "'a\\/b\\u0041'", List.of("a/bA")),
        arguments("an integer, as its JSON text", "3600", List.of("3600")),
        arguments("a negative integer", "-1", List.of("-1")),
        arguments("a decimal, trailing zero kept", "1.50", List.of("1.50")),
        arguments(
            "an integer beyond 64 bits",
            "123456789012345678901234567890",
            List.of("123456789012345678901234567890")),
        arguments("the boolean true", "true", List.of("true")),
        arguments("the boolean false", "false", List.of("false")),
        arguments("an array of one string", "['a']", List.of("a")),
        arguments(
            "an array mixing strings, numbers and booleans, in order",
            "['b',5,true,'a',0.25]",
            List.of("b", "5", "true", "a", "0.25")),
        arguments("an array repeating a value", "['a','a']", List.of("a", "a")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conditionValues")
  void givenConditionValueOfEachJsonType_parse_keepsItsText(
      String caseName, String value, List<String> expected) {
    Condition condition =
        onlyCondition(parseCondition("{'StringEquals':{'aws:PrincipalTag/team':" + value + "}}"));

    assertEquals(expected, condition.values().stream().map(PolicyPattern::source).toList());
  }

  @Test
  void givenSeveralOperatorsAndKeys_parse_returnsOneConditionPerKeyInDocumentOrder() {
    List<Condition> conditions =
        parseCondition(
            "{'StringEquals':{'b:key':'1','a:key':['2','3']},"
                + "'IpAddress':{'AWS:SourceIP':'10.0.0.0/8'},"
                + "'ForAnyValue:StringLike':{'c:key':['x*','y*']}}");

    assertEquals(
        List.of(
            condition(ConditionOperator.STRING_EQUALS, "b:key", text("1")),
            condition(ConditionOperator.STRING_EQUALS, "a:key", text("2"), text("3")),
            condition(ConditionOperator.IP_ADDRESS, "AWS:SourceIP", literal("10.0.0.0/8")),
            new Condition(
                ConditionOperator.STRING_LIKE,
                SetQualifier.FOR_ANY_VALUE,
                false,
                "c:key",
                List.of(text("x*"), text("y*")))),
        conditions);
  }

  static Stream<Arguments> resourceVariables() {
    String resource = "'arn:aws:s3:::bucket/${aws:username}/*'";
    return Stream.of(
        arguments(
            "a Resource in a 2012-10-17 policy",
            "'Version':'2012-10-17'",
            "'Resource':" + resource,
            true),
        arguments(
            "a NotResource in a 2012-10-17 policy",
            "'Version':'2012-10-17'",
            "'NotResource':[" + resource + "]",
            true),
        arguments(
            "a Resource in a 2008-10-17 policy, read literally",
            "'Version':'2008-10-17'",
            "'Resource':" + resource,
            false),
        arguments(
            "a Resource in a policy without a Version, read as 2008-10-17",
            "'Id':'no-version'",
            "'Resource':" + resource,
            false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resourceVariables")
  void givenPolicyVariableInResource_parse_enablesItOnlyIn2012Policies(
      String caseName, String topLevel, String resourceElement, boolean hasVariables) {
    PolicyDocument document =
        parser.parse(
            json(
                "{"
                    + topLevel
                    + ",'Statement':{'Effect':'Allow','Action':'s3:*',"
                    + resourceElement
                    + "}}"),
            IDENTITY);

    PolicyPattern pattern = document.statements().get(0).resource().patterns().get(0);
    assertEquals("arn:aws:s3:::bucket/${aws:username}/*", pattern.source());
    assertEquals(hasVariables, pattern.hasVariables());
  }

  static Stream<Arguments> conditionVariables() {
    String v2012 = "'Version':'2012-10-17'";
    String v2008 = "'Version':'2008-10-17'";
    return Stream.of(
        arguments("StringEquals in 2012-10-17", v2012, "StringEquals", true),
        arguments(
            "StringNotEqualsIgnoreCase in 2012-10-17", v2012, "StringNotEqualsIgnoreCase", true),
        arguments(
            "ForAnyValue:StringLikeIfExists in 2012-10-17",
            v2012,
            "ForAnyValue:StringLikeIfExists",
            true),
        arguments("ArnLike in 2012-10-17", v2012, "ArnLike", true),
        arguments("ArnNotEquals in 2012-10-17", v2012, "ArnNotEquals", true),
        arguments("Bool in 2012-10-17", v2012, "Bool", true),
        arguments("NumericEquals in 2012-10-17, read literally", v2012, "NumericEquals", false),
        arguments(
            "NumericLessThanIfExists in 2012-10-17, read literally",
            v2012,
            "NumericLessThanIfExists",
            false),
        arguments("DateGreaterThan in 2012-10-17, read literally", v2012, "DateGreaterThan", false),
        arguments("BinaryEquals in 2012-10-17, read literally", v2012, "BinaryEquals", false),
        arguments("IpAddress in 2012-10-17, read literally", v2012, "IpAddress", false),
        arguments("NotIpAddress in 2012-10-17, read literally", v2012, "NotIpAddress", false),
        arguments("StringLike in 2008-10-17, read literally", v2008, "StringLike", false),
        arguments("ArnLike in 2008-10-17, read literally", v2008, "ArnLike", false),
        arguments(
            "StringEquals without a Version, read literally", "'Id':'x'", "StringEquals", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conditionVariables")
  void givenPolicyVariableInConditionValue_parse_enablesItFor2012AndOperatorsThatTakeVariables(
      String caseName, String topLevel, String operatorName, boolean hasVariables) {
    PolicyDocument document =
        parser.parse(
            json(
                "{"
                    + topLevel
                    + ",'Statement':{'Effect':'Allow','Action':'s3:*','Resource':'*',"
                    + "'Condition':{'"
                    + operatorName
                    + "':{'k:key':'prefix-${aws:username}'}}}}"),
            IDENTITY);

    PolicyPattern value = onlyCondition(document.statements().get(0).conditions()).values().get(0);
    assertEquals("prefix-${aws:username}", value.source());
    assertEquals(hasVariables, value.hasVariables());
  }

  static Stream<Arguments> invalidConditions() {
    String valueShape = "must have a string, number or boolean value, or an array of them.";
    return Stream.of(
        arguments(
            "a misspelt operator",
            "{'StringEqualz':{'aws:username':'alice'}}",
            "Syntax errors in policy. Invalid Condition type : StringEqualz"),
        arguments(
            "an operator in the wrong case",
            "{'stringEquals':{'aws:username':'alice'}}",
            "Invalid Condition type : stringEquals"),
        arguments(
            "an unknown operator, even with an empty block",
            "{'Foo':{}}",
            "Invalid Condition type : Foo"),
        arguments(
            "a qualifier in the wrong case",
            "{'forallvalues:StringEquals':{'aws:TagKeys':'a'}}",
            "Invalid Condition type : forallvalues:StringEquals"),
        arguments(
            "a qualifier with a doubled colon",
            "{'ForAnyValue::StringEqualsIfExists':{'a:key':'asf'}}",
            "Invalid Condition type : ForAnyValue::StringEqualsIfExists"),
        arguments(
            "two qualifiers",
            "{'ForAllValues:ForAnyValue:StringEquals':{'aws:TagKeys':'a'}}",
            "Invalid Condition type : ForAllValues:ForAnyValue:StringEquals"),
        arguments(
            "a qualifier without an operator",
            "{'ForAllValues:':{'aws:TagKeys':'a'}}",
            "Invalid Condition type : ForAllValues:"),
        arguments(
            "IfExists without an operator",
            "{'IfExists':{'a:key':'b'}}",
            "Invalid Condition type : IfExists"),
        arguments(
            "IfExists twice",
            "{'StringEqualsIfExistsIfExists':{'a:key':'b'}}",
            "Invalid Condition type : StringEqualsIfExistsIfExists"),
        arguments(
            "IfExists in the wrong case",
            "{'StringEqualsifexists':{'a:key':'b'}}",
            "Invalid Condition type : StringEqualsifexists"),
        arguments(
            "IfExists on Null",
            "{'NullIfExists':{'aws:TokenIssueTime':'true'}}",
            "Invalid Condition type : NullIfExists"),
        arguments(
            "IfExists on Null with a qualifier",
            "{'ForAnyValue:NullIfExists':{'aws:TagKeys':'true'}}",
            "Invalid Condition type : ForAnyValue:NullIfExists"),
        arguments(
            "an operator name holding an escaped NUL, shown escaped",
            "{'\\u0000':{'a:key':'b'}}",
            "Invalid Condition type : \\u0000"),
        arguments(
            "an operator mapped to a string",
            "{'DateGreaterThan':'b'}",
            "Syntax errors in policy. Condition operator DateGreaterThan must be an object of"
                + " condition keys."),
        arguments(
            "an operator mapped to an array",
            "{'DateGreaterThan':[]}",
            "Condition operator DateGreaterThan must be an object of condition keys."),
        arguments(
            "an operator mapped to null",
            "{'StringEquals':null}",
            "Condition operator StringEquals must be an object of condition keys."),
        arguments(
            "an operator without condition keys",
            "{'StringEquals':{}}",
            "Syntax errors in policy. Condition operator StringEquals has no condition keys."),
        arguments(
            "a value that is an object",
            "{'DateGreaterThan':{'a:key':{}}}",
            "Syntax errors in policy. Condition key a:key under DateGreaterThan " + valueShape),
        arguments(
            "a value that is null",
            "{'Null':{'aws:TokenIssueTime':null}}",
            "Condition key aws:TokenIssueTime under Null " + valueShape),
        arguments(
            "an empty array of values",
            "{'ForAllValues:StringEquals':{'aws:TagKeys':[]}}",
            "Syntax errors in policy. Condition key aws:TagKeys under ForAllValues:StringEquals"
                + " has no values."),
        arguments(
            "an array holding null",
            "{'StringEquals':{'a:key':['x',null]}}",
            "Condition key a:key under StringEquals " + valueShape),
        arguments(
            "an array holding an array",
            "{'StringEquals':{'a:key':[['x']]}}",
            "Condition key a:key under StringEquals " + valueShape),
        arguments(
            "an array holding an object",
            "{'StringEquals':{'a:key':[{'x':'y'}]}}",
            "Condition key a:key under StringEquals " + valueShape),
        arguments(
            "a Condition that is an array of blocks",
            "[{'ForAllValues:StringEquals':{'aws:TagKeys':'Department'}}]",
            "Syntax errors in policy. Condition must be an object."),
        arguments(
            "a Condition that is null",
            "null",
            "Syntax errors in policy. Condition must be an object."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidConditions")
  void givenMalformedCondition_parse_rejectsSayingWhy(
      String caseName, String condition, String fragment) {
    assertRejected(
        allowStatement("'Action':'s3:*','Resource':'*','Condition':" + condition),
        IDENTITY,
        fragment);
  }

  /**
   * Policies of the IAM User Guide (page names in the case names), parsed into the values they
   * mean. Where a page shows only a fragment, the case says "after" it.
   */
  static Stream<Arguments> userGuideExamples() {
    return Stream.of(
        arguments(
            "reference_policies_examples_aws_deny-ip: NotIpAddress on aws:SourceIp, Bool on"
                + " aws:ViaAWSService",
            IDENTITY,
            json(
                "{'Version':'2012-10-17','Statement':{'Effect':'Deny','Action':'*',"
                    + "'Resource':'*','Condition':{"
                    + "'NotIpAddress':{'aws:SourceIp':['192.0.2.0/24','203.0.113.0/24']},"
                    + "'Bool':{'aws:ViaAWSService':'false'}}}}"),
            List.of(
                new Statement(
                    "",
                    Effect.DENY,
                    PrincipalClause.ABSENT,
                    ActionClause.action(List.of("*")),
                    resource("*"),
                    List.of(
                        condition(
                            ConditionOperator.NOT_IP_ADDRESS,
                            "aws:SourceIp",
                            literal("192.0.2.0/24"),
                            literal("203.0.113.0/24")),
                        condition(ConditionOperator.BOOL, "aws:ViaAWSService", text("false")))))),
        arguments(
            "reference_policies_examples_aws-dates: DateGreaterThan and DateLessThan on"
                + " aws:CurrentTime",
            IDENTITY,
            json(
                "{'Version':'2012-10-17','Statement':[{'Effect':'Allow',"
                    + "'Action':'service-prefix:action-name','Resource':'*','Condition':{"
                    + "'DateGreaterThan':{'aws:CurrentTime':'2020-04-01T00:00:00Z'},"
                    + "'DateLessThan':{'aws:CurrentTime':'2020-06-30T23:59:59Z'}}}]}"),
            List.of(
                new Statement(
                    "",
                    Effect.ALLOW,
                    PrincipalClause.ABSENT,
                    ActionClause.action(List.of("service-prefix:action-name")),
                    resource("*"),
                    List.of(
                        condition(
                            ConditionOperator.DATE_GREATER_THAN,
                            "aws:CurrentTime",
                            literal("2020-04-01T00:00:00Z")),
                        condition(
                            ConditionOperator.DATE_LESS_THAN,
                            "aws:CurrentTime",
                            literal("2020-06-30T23:59:59Z")))))),
        arguments(
            "reference_policies_variables: ${aws:username} in a StringLike value and in a"
                + " Resource",
            IDENTITY,
            json(
                "{'Version':'2012-10-17','Statement':[{'Effect':'Allow',"
                    + "'Action':['s3:ListBucket'],'Resource':['arn:aws:s3:::amzn-s3-demo-bucket'],"
                    + "'Condition':{'StringLike':{'s3:prefix':['${aws:username}/*']}}},"
                    + "{'Effect':'Allow','Action':['s3:GetObject','s3:PutObject'],"
                    + "'Resource':['arn:aws:s3:::amzn-s3-demo-bucket/${aws:username}/*']}]}"),
            List.of(
                new Statement(
                    "",
                    Effect.ALLOW,
                    PrincipalClause.ABSENT,
                    ActionClause.action(List.of("s3:ListBucket")),
                    resource("arn:aws:s3:::amzn-s3-demo-bucket"),
                    List.of(
                        condition(
                            ConditionOperator.STRING_LIKE,
                            "s3:prefix",
                            text("${aws:username}/*")))),
                identityAllow(
                    ActionClause.action(List.of("s3:GetObject", "s3:PutObject")),
                    resource("arn:aws:s3:::amzn-s3-demo-bucket/${aws:username}/*")))),
        arguments(
            "after access_iam-tags: StringEquals on aws:PrincipalTag, a tag as a variable, and"
                + " ${aws:username} in a Resource",
            IDENTITY,
            json(
                "{'Version':'2012-10-17','Statement':[{'Sid':'ManageOwnKeys','Effect':'Allow',"
                    + "'Action':['iam:CreateAccessKey','iam:DeleteAccessKey'],"
                    + "'Resource':'arn:aws:iam::*:user/${aws:username}',"
                    + "'Condition':{'StringEquals':{'aws:PrincipalTag/team':'Admin',"
                    + "'aws:ResourceTag/project':'${aws:PrincipalTag/project}'}}}]}"),
            List.of(
                new Statement(
                    "ManageOwnKeys",
                    Effect.ALLOW,
                    PrincipalClause.ABSENT,
                    ActionClause.action(List.of("iam:CreateAccessKey", "iam:DeleteAccessKey")),
                    resource("arn:aws:iam::*:user/${aws:username}"),
                    List.of(
                        condition(
                            ConditionOperator.STRING_EQUALS,
                            "aws:PrincipalTag/team",
                            text("Admin")),
                        condition(
                            ConditionOperator.STRING_EQUALS,
                            "aws:ResourceTag/project",
                            text("${aws:PrincipalTag/project}")))))),
        arguments(
            "reference_policies_examples_iam-manage-tags: ForAllValues:StringEquals on"
                + " aws:TagKeys",
            IDENTITY,
            json(
                "{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':["
                    + "'iam:TagUser','iam:TagRole','iam:UntagUser','iam:UntagRole'],"
                    + "'Resource':'*',"
                    + "'Condition':{'ForAllValues:StringEquals':{'aws:TagKeys':'Department'}}}}"),
            List.of(
                new Statement(
                    "",
                    Effect.ALLOW,
                    PrincipalClause.ABSENT,
                    ActionClause.action(
                        List.of("iam:TagUser", "iam:TagRole", "iam:UntagUser", "iam:UntagRole")),
                    resource("*"),
                    List.of(
                        new Condition(
                            ConditionOperator.STRING_EQUALS,
                            SetQualifier.FOR_ALL_VALUES,
                            false,
                            "aws:TagKeys",
                            List.of(text("Department"))))))),
        arguments(
            "reference_policies_examples_iam-add-tag-user-role: StringEquals with two values,"
                + " then ForAllValues:StringEquals",
            IDENTITY,
            json(
                "{'Version':'2012-10-17','Statement':[{'Sid':'ConsoleDisplay','Effect':'Allow',"
                    + "'Action':['iam:GetRole','iam:GetUser','iam:ListRoles','iam:ListRoleTags',"
                    + "'iam:ListUsers','iam:ListUserTags'],'Resource':'*'},"
                    + "{'Sid':'AddTag','Effect':'Allow','Action':['iam:TagUser','iam:TagRole'],"
                    + "'Resource':'*','Condition':{"
                    + "'StringEquals':{'aws:RequestTag/CostCenter':['A-123','B-456']},"
                    + "'ForAllValues:StringEquals':{'aws:TagKeys':'CostCenter'}}}]}"),
            List.of(
                new Statement(
                    "ConsoleDisplay",
                    Effect.ALLOW,
                    PrincipalClause.ABSENT,
                    ActionClause.action(
                        List.of(
                            "iam:GetRole",
                            "iam:GetUser",
                            "iam:ListRoles",
                            "iam:ListRoleTags",
                            "iam:ListUsers",
                            "iam:ListUserTags")),
                    resource("*")),
                new Statement(
                    "AddTag",
                    Effect.ALLOW,
                    PrincipalClause.ABSENT,
                    ActionClause.action(List.of("iam:TagUser", "iam:TagRole")),
                    resource("*"),
                    List.of(
                        condition(
                            ConditionOperator.STRING_EQUALS,
                            "aws:RequestTag/CostCenter",
                            text("A-123"),
                            text("B-456")),
                        new Condition(
                            ConditionOperator.STRING_EQUALS,
                            SetQualifier.FOR_ALL_VALUES,
                            false,
                            "aws:TagKeys",
                            List.of(text("CostCenter"))))))),
        arguments(
            "reference_policies_elements_condition_operators (Null): aws:TokenIssueTime must be"
                + " absent",
            IDENTITY,
            json(
                "{'Version':'2012-10-17','Statement':{'Action':'ec2:*','Effect':'Allow',"
                    + "'Resource':'*','Condition':{'Null':{'aws:TokenIssueTime':'true'}}}}"),
            List.of(
                new Statement(
                    "",
                    Effect.ALLOW,
                    PrincipalClause.ABSENT,
                    ActionClause.action(List.of("ec2:*")),
                    resource("*"),
                    List.of(
                        condition(
                            ConditionOperator.NULL, "aws:TokenIssueTime", literal("true")))))),
        arguments(
            "reference_policies_examples_ec2_require-mfa: BoolIfExists on"
                + " aws:MultiFactorAuthPresent with a JSON boolean",
            IDENTITY,
            json(
                "{'Version':'2012-10-17','Statement':[{'Sid':'AllowAllActionsForEC2',"
                    + "'Effect':'Allow','Action':'ec2:*','Resource':'*'},"
                    + "{'Sid':'DenyStopAndTerminateWhenMFAIsNotPresent','Effect':'Deny',"
                    + "'Action':['ec2:StopInstances','ec2:TerminateInstances'],'Resource':'*',"
                    + "'Condition':{'BoolIfExists':{'aws:MultiFactorAuthPresent':false}}}]}"),
            List.of(
                new Statement(
                    "AllowAllActionsForEC2",
                    Effect.ALLOW,
                    PrincipalClause.ABSENT,
                    ActionClause.action(List.of("ec2:*")),
                    resource("*")),
                new Statement(
                    "DenyStopAndTerminateWhenMFAIsNotPresent",
                    Effect.DENY,
                    PrincipalClause.ABSENT,
                    ActionClause.action(List.of("ec2:StopInstances", "ec2:TerminateInstances")),
                    resource("*"),
                    List.of(
                        new Condition(
                            ConditionOperator.BOOL,
                            SetQualifier.NONE,
                            true,
                            "aws:MultiFactorAuthPresent",
                            List.of(text("false"))))))),
        arguments(
            "id_roles_create_for-idp_oidc: a Google web identity trust policy",
            TRUST,
            json(
                "{'Version':'2012-10-17','Statement':{'Effect':'Allow',"
                    + "'Principal':{'Federated':'accounts.google.com'},"
                    + "'Action':'sts:AssumeRoleWithWebIdentity','Condition':{"
                    + "'StringEquals':{'accounts.google.com:aud':'66677788899900pro0'}}}}"),
            List.of(
                new Statement(
                    "",
                    Effect.ALLOW,
                    PrincipalClause.principal(Map.of("Federated", List.of("accounts.google.com"))),
                    ActionClause.action(List.of("sts:AssumeRoleWithWebIdentity")),
                    ResourceClause.ATTACHED_RESOURCE,
                    List.of(
                        condition(
                            ConditionOperator.STRING_EQUALS,
                            "accounts.google.com:aud",
                            text("66677788899900pro0")))))),
        arguments(
            "id_roles_create_for-idp_oidc: a Cognito trust policy with ForAnyValue:StringLike on"
                + " amr",
            TRUST,
            json(
                "{'Version':'2012-10-17','Statement':{'Effect':'Allow',"
                    + "'Principal':{'Federated':'cognito-identity.amazonaws.com'},"
                    + "'Action':'sts:AssumeRoleWithWebIdentity','Condition':{"
                    + "'StringEquals':{'cognito-identity.amazonaws.com:aud':"
                    + "'us-east-2:12345678-abcd-abcd-abcd-123456'},"
                    + "'ForAnyValue:StringLike':{'cognito-identity.amazonaws.com:amr':"
                    + "'unauthenticated'}}}}"),
            List.of(
                new Statement(
                    "",
                    Effect.ALLOW,
                    PrincipalClause.principal(
                        Map.of("Federated", List.of("cognito-identity.amazonaws.com"))),
                    ActionClause.action(List.of("sts:AssumeRoleWithWebIdentity")),
                    ResourceClause.ATTACHED_RESOURCE,
                    List.of(
                        condition(
                            ConditionOperator.STRING_EQUALS,
                            "cognito-identity.amazonaws.com:aud",
                            text("us-east-2:12345678-abcd-abcd-abcd-123456")),
                        new Condition(
                            ConditionOperator.STRING_LIKE,
                            SetQualifier.FOR_ANY_VALUE,
                            false,
                            "cognito-identity.amazonaws.com:amr",
                            List.of(text("unauthenticated"))))))),
        arguments(
            "id_roles_create_for-idp_saml: a SAML trust policy checking SAML:aud",
            TRUST,
            json(
                "{'Version':'2012-10-17','Statement':{'Effect':'Allow','Principal':{"
                    + "'Federated':'arn:aws:iam::123456789012:saml-provider/ExampleOrgSSOProvider'},"
                    + "'Action':'sts:AssumeRoleWithSAML','Condition':{"
                    + "'StringEquals':{'SAML:aud':'https://signin.aws.amazon.com/saml'}}}}"),
            List.of(
                new Statement(
                    "",
                    Effect.ALLOW,
                    PrincipalClause.principal(
                        Map.of(
                            "Federated",
                            List.of(
                                "arn:aws:iam::123456789012:saml-provider/ExampleOrgSSOProvider"))),
                    ActionClause.action(List.of("sts:AssumeRoleWithSAML")),
                    ResourceClause.ATTACHED_RESOURCE,
                    List.of(
                        condition(
                            ConditionOperator.STRING_EQUALS,
                            "SAML:aud",
                            text("https://signin.aws.amazon.com/saml")))))),
        arguments(
            "after id_credentials_mfa_configure-api-require: a cross-account trust policy"
                + " requiring MFA and a source network",
            TRUST,
            json(
                "{'Version':'2012-10-17','Statement':{'Effect':'Allow',"
                    + "'Principal':{'AWS':'arn:aws:iam::111122223333:root'},"
                    + "'Action':'sts:AssumeRole','Condition':{"
                    + "'Bool':{'aws:MultiFactorAuthPresent':'true'},"
                    + "'IpAddress':{'aws:SourceIp':['203.0.113.0/24','2001:DB8:1234:5678::/64']}}}}"),
            List.of(
                new Statement(
                    "",
                    Effect.ALLOW,
                    PrincipalClause.principal(
                        Map.of("AWS", List.of("arn:aws:iam::111122223333:root"))),
                    ActionClause.action(List.of("sts:AssumeRole")),
                    ResourceClause.ATTACHED_RESOURCE,
                    List.of(
                        condition(
                            ConditionOperator.BOOL, "aws:MultiFactorAuthPresent", text("true")),
                        condition(
                            ConditionOperator.IP_ADDRESS,
                            "aws:SourceIp",
                            literal("203.0.113.0/24"),
                            literal("2001:DB8:1234:5678::/64")))))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("userGuideExamples")
  void givenUserGuideExamplePolicy_parse_returnsTheStatementsItMeans(
      String caseName, PolicyKind kind, String json, List<Statement> statements) {
    PolicyDocument document = parser.parse(json, kind);

    assertEquals(new PolicyDocument("2012-10-17", statements, json), document);
  }

  // ---------------------------------------------------------------- helpers

  private void assertRejected(String text, PolicyKind kind, String fragment) {
    MalformedPolicyDocumentException error =
        assertThrows(MalformedPolicyDocumentException.class, () -> parser.parse(text, kind));

    assertTrue(
        error.getMessage().contains(fragment),
        () -> "expected \"" + fragment + "\" in \"" + error.getMessage() + "\"");
  }

  /** JSON written with single quotes for readability; no test value contains an apostrophe. */
  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  /** A policy with the given top-level elements beside one valid identity statement. */
  private static String policyWithTopLevel(String topLevelElements) {
    return json(
        "{" + topLevelElements + ",'Statement':{'Effect':'Allow','Action':'s3:*','Resource':'*'}}");
  }

  /** A 2012-10-17 policy with one identity statement whose Effect is the given JSON value. */
  private static String policyWithEffect(String effect) {
    return json(
        "{'Version':'2012-10-17','Statement':{'Effect':"
            + effect
            + ",'Action':'s3:*','Resource':'*'}}");
  }

  /** A 2012-10-17 policy with one Allow statement holding the given elements. */
  private static String allowStatement(String elements) {
    return json("{'Version':'2012-10-17','Statement':{'Effect':'Allow'," + elements + "}}");
  }

  /** The conditions of the only statement of an identity policy with the given Condition. */
  private List<Condition> parseCondition(String condition) {
    return parser
        .parse(allowStatement("'Action':'s3:*','Resource':'*','Condition':" + condition), IDENTITY)
        .statements()
        .get(0)
        .conditions();
  }

  private static Condition onlyCondition(List<Condition> conditions) {
    assertEquals(1, conditions.size(), () -> "expected one condition in " + conditions);
    return conditions.get(0);
  }

  /** A condition without qualifier or IfExists. */
  private static Condition condition(
      ConditionOperator operator, String key, PolicyPattern... values) {
    return new Condition(operator, SetQualifier.NONE, false, key, List.of(values));
  }

  /**
   * A resource or condition value as a 2012-10-17 policy compiles it for an operator that takes
   * policy variables.
   */
  private static PolicyPattern text(String value) {
    return PolicyPattern.compile(value, true);
  }

  /**
   * A value of an operator that takes no policy variables (Numeric, Date, Binary, IpAddress, Null).
   */
  private static PolicyPattern literal(String value) {
    return PolicyPattern.literal(value);
  }

  /** Resource patterns as a 2012-10-17 policy compiles them, with policy variables enabled. */
  private static ResourceClause resource(String... patterns) {
    return new ResourceClause(false, Stream.of(patterns).map(p -> text(p)).toList());
  }

  private static ResourceClause notResource(String... patterns) {
    return new ResourceClause(true, Stream.of(patterns).map(p -> text(p)).toList());
  }

  private static Statement trustAllow(PrincipalClause principal, String action) {
    return new Statement(
        "",
        Effect.ALLOW,
        principal,
        ActionClause.action(List.of(action)),
        ResourceClause.ATTACHED_RESOURCE);
  }

  private static Statement identityAllow(ActionClause action, ResourceClause resource) {
    return new Statement("", Effect.ALLOW, PrincipalClause.ABSENT, action, resource);
  }
}
