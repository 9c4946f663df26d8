package org.opensts.adapter.http;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import jakarta.inject.Singleton;

/**
 * Puts a {@link QueryFastLane} into every HTTP/1.1 connection's pipeline, just ahead of Micronaut's
 * request handler.
 */
@Singleton
final class QueryFastLaneInstaller
    implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

  private final BeanProvider<QueryRequests> requests;
  private final long maxRequestSize;

  QueryFastLaneInstaller(
      BeanProvider<QueryRequests> requests,
      @Value("${micronaut.server.max-request-size:10485760}") long maxRequestSize) {
    this.requests = requests;
    this.maxRequestSize = maxRequestSize;
  }

  @Override
  public NettyServerCustomizer.Registry onCreated(
      BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
    event.getBean().register(new Connections(null));
    return event.getBean();
  }

  /** The server's customizer, and, bound to one connection, that connection's. */
  private final class Connections implements NettyServerCustomizer {

    private final Channel connection;

    Connections(Channel connection) {
      this.connection = connection;
    }

    @Override
    public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
      return role == ChannelRole.CONNECTION ? new Connections(channel) : this;
    }

    @Override
    public void onStreamPipelineBuilt() {
      if (connection == null) {
        return;
      }
      ChannelPipeline pipeline = connection.pipeline();
      // HTTP/1 only: an HTTP/2 stream has no server codec.
      if (pipeline.get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null
          && pipeline.get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) != null) {
        pipeline.addBefore(
            ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND,
            "sts-query-fast-lane",
            new QueryFastLane(requests.get(), maxRequestSize));
      }
    }
  }
}
