package org.opensts.application.port.in.iam;

import java.util.Objects;
import org.opensts.domain.iam.VirtualMfaDevice;

/** The new device, with its secret: the only time IAM reveals it. */
public record CreateVirtualMfaDeviceResult(VirtualMfaDevice device) {

  public CreateVirtualMfaDeviceResult {
    Objects.requireNonNull(device, "device");
  }
}
