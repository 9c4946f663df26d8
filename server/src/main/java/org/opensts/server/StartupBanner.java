package org.opensts.server;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.grpc.server.GrpcEmbeddedServer;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.io.PrintStream;
import org.opensts.server.bootstrap.AccountSeeder;

/**
 * Tells the person who started the server how to reach it: for the demo account, ready-to-paste
 * exports and the role to assume. Deliberately plain standard output, not a log line.
 */
@Singleton
final class StartupBanner implements ApplicationEventListener<ServerStartupEvent> {

  private final AccountSeeder seeder;
  private final PrintStream out = System.out;

  StartupBanner(AccountSeeder seeder) {
    this.seeder = seeder;
  }

  @Override
  public void onApplicationEvent(ServerStartupEvent event) {
    if (event.getSource() instanceof GrpcEmbeddedServer grpc) {
      out.println("OpenSTS gRPC API on " + grpc.getHost() + ":" + grpc.getPort());
      out.flush();
      return;
    }
    String endpoint = "http://" + event.getSource().getHost() + ":" + event.getSource().getPort();
    out.println("OpenSTS is listening on " + endpoint);
    seeder
        .demoCredentials()
        .ifPresent(
            demo -> {
              out.println();
              out.println("Demo account 123456789012, user 'demo'. Paste into a shell:");
              out.println("export AWS_ACCESS_KEY_ID=" + demo.accessKeyId());
              out.println("export AWS_SECRET_ACCESS_KEY=" + demo.secretAccessKey());
              out.println("export AWS_DEFAULT_REGION=us-east-1");
              out.println();
              out.println("aws --endpoint-url " + endpoint + " sts get-caller-identity");
              out.println(
                  "aws --endpoint-url "
                      + endpoint
                      + " sts assume-role --role-arn "
                      + demo.roleArn()
                      + " --role-session-name demo-session");
              out.println();
              out.println("The account root's key, for IAM administration (aws iam ...):");
              out.println("AWS_ACCESS_KEY_ID=" + demo.rootAccessKeyId());
              out.println("AWS_SECRET_ACCESS_KEY=" + demo.rootSecretAccessKey());
            });
    out.flush();
  }

  static void failure(String message) {
    System.err.println("OpenSTS cannot start: " + message);
  }
}
