package org.opensts.adapter.http.iam;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.opensts.adapter.http.query.QueryAction;
import org.opensts.adapter.http.xml.QueryResponse;
import org.opensts.adapter.http.xml.ResultResponse;
import org.opensts.adapter.http.xml.XmlDocument;
import org.opensts.application.port.in.iam.CreateVirtualMfaDeviceCommand;
import org.opensts.application.port.in.iam.DeactivateMfaDeviceCommand;
import org.opensts.application.port.in.iam.DeleteVirtualMfaDeviceCommand;
import org.opensts.application.port.in.iam.EnableMfaDeviceCommand;
import org.opensts.application.port.in.iam.ListMfaDevicesCommand;
import org.opensts.application.port.in.iam.ListMfaDevicesResult;
import org.opensts.domain.iam.VirtualMfaDevice;

/** IAM's virtual MFA device actions. */
final class MfaActions {

  private MfaActions() {}

  static Map<String, QueryAction> of(IamApi.MfaUseCases iam) {
    return Map.of(
        "CreateVirtualMFADevice",
        (p, caller) -> {
          VirtualMfaDevice device =
              iam.createVirtualMfaDevice()
                  .createVirtualMfaDevice(
                      new CreateVirtualMfaDeviceCommand(
                          caller,
                          p.getOrNull("VirtualMFADeviceName"),
                          p.getOrNull("Path"),
                          p.tags("Tags")))
                  .device();
          return new ResultResponse(
              "CreateVirtualMFADevice",
              d -> {
                d.start("VirtualMFADevice")
                    .element("SerialNumber", device.serialNumber().toString())
                    .element("Base32StringSeed", seed(device));
                IamXml.tags(d, device.tags());
                d.end();
              });
        },
        "EnableMFADevice",
        (p, caller) -> {
          iam.enableMfaDevice()
              .enableMfaDevice(
                  new EnableMfaDeviceCommand(
                      caller,
                      p.getOrNull("UserName"),
                      p.getOrNull("SerialNumber"),
                      p.getOrNull("AuthenticationCode1"),
                      p.getOrNull("AuthenticationCode2")));
          return QueryResponse.empty("EnableMFADevice");
        },
        "DeactivateMFADevice",
        (p, caller) -> {
          iam.deactivateMfaDevice()
              .deactivateMfaDevice(
                  new DeactivateMfaDeviceCommand(
                      caller, p.getOrNull("UserName"), p.getOrNull("SerialNumber")));
          return QueryResponse.empty("DeactivateMFADevice");
        },
        "ListMFADevices",
        (p, caller) ->
            listMfaDevices(
                iam.listMfaDevices()
                    .listMfaDevices(
                        new ListMfaDevicesCommand(
                            caller,
                            p.getOrNull("UserName"),
                            p.getOrNull("Marker"),
                            p.integer("MaxItems")))),
        "DeleteVirtualMFADevice",
        (p, caller) -> {
          iam.deleteVirtualMfaDevice()
              .deleteVirtualMfaDevice(
                  new DeleteVirtualMfaDeviceCommand(caller, p.getOrNull("SerialNumber")));
          return QueryResponse.empty("DeleteVirtualMFADevice");
        });
  }

  /**
   * The seed member is a blob, so the Query protocol carries it base64-encoded: the bytes are the
   * base-32 text an authenticator app takes, as IAM sends them.
   */
  static String seed(VirtualMfaDevice device) {
    return Base64.getEncoder().encodeToString(device.seed().getBytes(StandardCharsets.US_ASCII));
  }

  private static QueryResponse listMfaDevices(ListMfaDevicesResult result) {
    return new ResultResponse(
        "ListMFADevices",
        d -> {
          d.start("MFADevices");
          for (VirtualMfaDevice device : result.devices()) {
            d.start("member")
                .element("UserName", result.userName())
                .element("SerialNumber", device.serialNumber().toString())
                .element("EnableDate", XmlDocument.timestamp(device.assignment().enableDate()))
                .end();
          }
          d.end();
          IamXml.pagination(d, result.truncated(), result.marker());
        });
  }
}
