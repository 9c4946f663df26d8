package org.opensts.application.port.in.iam;

import java.util.List;
import java.util.Objects;
import org.opensts.domain.credential.Caller;
import org.opensts.domain.error.ModelPattern;
import org.opensts.domain.error.ParameterValidation;
import org.opensts.domain.iam.TagSet;
import org.opensts.domain.identity.Tag;

/** CreateSAMLProvider's members, checked against AWS's model. */
public record CreateSamlProviderCommand(
    Caller caller, String metadataDocument, String name, List<Tag> tags) {

  static final ModelPattern NAME = ModelPattern.of("[\\w._-]+");

  public CreateSamlProviderCommand {
    Objects.requireNonNull(caller, "caller");
    tags = List.copyOf(tags);
    ParameterValidation.start()
        .required("sAMLMetadataDocument", metadataDocument)
        .required("name", name)
        .length("sAMLMetadataDocument", metadataDocument, 1000, 10_000_000)
        .text("name", name, 1, 128, NAME)
        .throwIfInvalid();
    TagSet.validate("tags", tags);
  }
}
