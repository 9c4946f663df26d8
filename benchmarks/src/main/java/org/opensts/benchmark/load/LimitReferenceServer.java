package org.opensts.benchmark.load;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What this machine can do at most for an HTTP/1.1 request/response of a given size: a Netty server
 * that reads any request whole and answers 200 with a fixed body of {@code bodyBytes} bytes, doing
 * nothing else. Every scenario's throughput is reported as a ratio of this server's, measured in
 * the same run with the same load generator and the same response size.
 *
 * <p>Usage: {@code LimitReferenceServer <port> <bodyBytes>}
 */
public final class LimitReferenceServer {

  private LimitReferenceServer() {}

  public static void main(String[] args) throws InterruptedException {
    int port = Integer.parseInt(args[0]);
    byte[] body = new byte[Integer.parseInt(args[1])];
    Arrays.fill(body, (byte) 'x');
    ByteBuf content = Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(body).asReadOnly());
    EventLoopGroup boss = new NioEventLoopGroup(1);
    EventLoopGroup workers = new NioEventLoopGroup();
    try {
      new ServerBootstrap()
          .group(boss, workers)
          .channel(NioServerSocketChannel.class)
          .childHandler(
              new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel channel) {
                  channel
                      .pipeline()
                      .addLast(new HttpServerCodec())
                      .addLast(new HttpObjectAggregator(1 << 20))
                      .addLast(new FixedAnswer(content));
                }
              })
          .bind("127.0.0.1", port)
          .sync();
      System.out.println("listening on " + port);
      Thread.currentThread().join();
    } finally {
      boss.shutdownGracefully();
      workers.shutdownGracefully();
    }
  }

  private static final class FixedAnswer extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final byte[] TEXT_XML = "text/xml".getBytes(StandardCharsets.US_ASCII);

    private final ByteBuf content;

    FixedAnswer(ByteBuf content) {
      this.content = content;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext context, FullHttpRequest request) {
      FullHttpResponse response =
          new DefaultFullHttpResponse(
              HttpVersion.HTTP_1_1, HttpResponseStatus.OK, content.duplicate());
      response.headers().set(HttpHeaderNames.CONTENT_TYPE, new String(TEXT_XML));
      HttpUtil.setContentLength(response, content.readableBytes());
      boolean keepAlive = HttpUtil.isKeepAlive(request);
      HttpUtil.setKeepAlive(response, keepAlive);
      if (keepAlive) {
        context.writeAndFlush(response);
      } else {
        context.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
      }
    }
  }
}
