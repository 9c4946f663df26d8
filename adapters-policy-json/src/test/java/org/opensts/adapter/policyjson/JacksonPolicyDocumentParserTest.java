package org.opensts.adapter.policyjson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.opensts.domain.policy.PolicyKind.IDENTITY;
import static org.opensts.domain.policy.PolicyKind.TRUST;

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
import org.opensts.domain.policy.Effect;
import org.opensts.domain.policy.PolicyDocument;
import org.opensts.domain.policy.PolicyKind;
import org.opensts.domain.policy.PrincipalClause;
import org.opensts.domain.policy.ResourceClause;
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
                    ResourceClause.resource(List.of(ROLE))))),
        arguments(
            "an identity policy with string Action and string Resource",
            IDENTITY,
            allowStatement("'Action':'sts:AssumeRole','Resource':'" + ROLE + "'"),
            "2012-10-17",
            List.of(
                identityAllow(
                    ActionClause.action(List.of("sts:AssumeRole")),
                    ResourceClause.resource(List.of(ROLE))))),
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
                    ResourceClause.resource(List.of("*", "arn:aws:s3:::bucket/*"))))),
        arguments(
            "an identity policy with NotAction and NotResource",
            IDENTITY,
            allowStatement("'NotAction':'iam:*','NotResource':['" + ROLE + "']"),
            "2012-10-17",
            List.of(
                identityAllow(
                    ActionClause.notAction(List.of("iam:*")),
                    ResourceClause.notResource(List.of(ROLE))))),
        arguments(
            "the \"*\" action and the \"*\" vendor",
            IDENTITY,
            allowStatement("'Action':['*','*:Get*'],'Resource':'*'"),
            "2012-10-17",
            List.of(
                identityAllow(
                    ActionClause.action(List.of("*", "*:Get*")),
                    ResourceClause.resource(List.of("*"))))),
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
            List.of(
                identityAllow(
                    ActionClause.action(List.of("s3:*")), ResourceClause.resource(List.of("*"))))),
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
                    ResourceClause.resource(List.of("*"))),
                identityAllow(
                    ActionClause.action(List.of("s3:*")), ResourceClause.resource(List.of("*"))),
                identityAllow(
                    ActionClause.action(List.of("s3:*")), ResourceClause.resource(List.of("*"))))));
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
            "a non-empty Condition, which would be ignored otherwise",
            TRUST,
            allowStatement(
                "'Sid':'FromCorp','Principal':'*','Action':'sts:AssumeRole',"
                    + "'Condition':{'IpAddress':{'aws:SourceIp':'10.0.0.0/8'}}"),
            "Condition elements are not supported yet; remove the Condition from statement"
                + " \"FromCorp\"."),
        arguments(
            "a Condition with an empty operator block",
            IDENTITY,
            allowStatement("'Action':'s3:*','Resource':'*','Condition':{'StringEquals':{}}"),
            "Condition elements are not supported yet"),
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
