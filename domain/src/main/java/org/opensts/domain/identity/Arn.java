package org.opensts.domain.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * An Amazon Resource Name: {@code arn:partition:service:region:account:resource}. The resource part
 * may itself contain colons.
 */
public record Arn(
    String partition, String service, String region, String account, String resource) {

  public static final String PARTITION = "aws";

  public Arn {
    Objects.requireNonNull(partition, "partition");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(resource, "resource");
  }

  /** Parses an ARN; empty when the text does not have the six ARN components. */
  public static Optional<Arn> parse(String text) {
    if (text == null || !text.startsWith("arn:")) {
      return Optional.empty();
    }
    // The colons that end partition, service, region and account; the resource may hold more.
    int partitionEnd = text.indexOf(':', 4);
    int serviceEnd = nextColon(text, partitionEnd);
    int regionEnd = nextColon(text, serviceEnd);
    int accountEnd = nextColon(text, regionEnd);
    if (accountEnd < 0
        || partitionEnd == 4
        || serviceEnd == partitionEnd + 1
        || accountEnd == text.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(
        new Arn(
            text.substring(4, partitionEnd),
            text.substring(partitionEnd + 1, serviceEnd),
            text.substring(serviceEnd + 1, regionEnd),
            text.substring(regionEnd + 1, accountEnd),
            text.substring(accountEnd + 1)));
  }

  private static int nextColon(String text, int previous) {
    return previous < 0 ? -1 : text.indexOf(':', previous + 1);
  }

  public static Arn iam(String account, String resource) {
    return new Arn(PARTITION, "iam", "", account, resource);
  }

  public static Arn sts(String account, String resource) {
    return new Arn(PARTITION, "sts", "", account, resource);
  }

  @Override
  public String toString() {
    return "arn:" + partition + ":" + service + ":" + region + ":" + account + ":" + resource;
  }
}
