package org.opensts.application.port.in.iam;

import java.util.List;
import org.opensts.domain.iam.VirtualMfaDevice;

/** One page of the user's enabled devices; {@code marker} is null on the last page. */
public record ListMfaDevicesResult(
    String userName, List<VirtualMfaDevice> devices, boolean truncated, String marker) {

  public ListMfaDevicesResult {
    devices = List.copyOf(devices);
  }
}
