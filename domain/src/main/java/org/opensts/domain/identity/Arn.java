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
    String[] parts = text.split(":", 6);
    if (parts.length < 6 || parts[1].isEmpty() || parts[2].isEmpty() || parts[5].isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Arn(parts[1], parts[2], parts[3], parts[4], parts[5]));
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
