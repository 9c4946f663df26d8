package org.opensts.application.port.in.iam;

import java.util.List;
import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.TagSet;
import org.opensts.domain.identity.Tag;

/**
 * CreateOpenIDConnectProvider's members, checked against AWS's model.
 *
 * @param url the issuer, {@code https://} included
 */
public record CreateOpenIdConnectProviderCommand(
    Caller caller, String url, List<String> clientIds, List<String> thumbprints, List<Tag> tags) {

  public CreateOpenIdConnectProviderCommand {
    Objects.requireNonNull(caller, "caller");
    clientIds = List.copyOf(clientIds);
    thumbprints = List.copyOf(thumbprints);
    tags = List.copyOf(tags);
    ParameterValidation validation =
        ParameterValidation.start().required("url", url).length("url", url, 1, 255);
    for (int i = 0; i < clientIds.size(); i++) {
      validation.length("clientIDList." + (i + 1) + ".member", clientIds.get(i), 1, 255);
    }
    for (int i = 0; i < thumbprints.size(); i++) {
      validation.length("thumbprintList." + (i + 1) + ".member", thumbprints.get(i), 40, 40);
    }
    validation.throwIfInvalid();
    TagSet.validate("tags", tags);
  }
}
