package org.opensts.adapter.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.CompositeByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.AsciiString;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.opensts.domain.credential.RequestOrigin;
import org.opensts.domain.signature.SignedRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves Query requests to {@code /} straight off an HTTP/1.1 connection, ahead of Micronaut's
 * router: routing, filters and body binding cost more CPU than the STS request itself (the
 * performance issue). One handler per connection, sitting between Netty's HTTP codec and
 * Micronaut's.
 *
 * <p>What it does not take passes on to Micronaut unchanged, and is served as before by {@link
 * QueryController}: other paths (health, metrics, OIDC discovery), other methods and HTTP versions,
 * bodies sent chunked, compressed, after {@code Expect: 100-continue} or over the size limit (their
 * errors are Micronaut's to render), and requests that may wait (the controller runs those on the
 * blocking pool). While a request passed on is unanswered, every request behind it on the
 * connection passes on too, so pipelined responses keep their order.
 */
final class QueryFastLane extends ChannelDuplexHandler {

  private static final Logger LOG = LoggerFactory.getLogger(QueryFastLane.class);
  private static final AsciiString TEXT_XML = AsciiString.cached("text/xml");
  private static final AsciiString REQUEST_ID = AsciiString.cached("x-amzn-RequestId");

  /** The lane writes only headers it made itself. */
  private static final HttpHeadersFactory HEADERS =
      DefaultHttpHeadersFactory.headersFactory().withValidation(false);

  /**
   * The Date header's: the wall clock, as on Micronaut's own responses; SDKs correct their clock
   * skew by it, and the injected clock may be a test's.
   */
  private static final Clock WALL_CLOCK = Clock.systemUTC();

  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private final QueryRequests requests;
  private final long maxRequestSize;

  /** Requests passed on to Micronaut whose response has not ended yet. */
  private int withMicronaut;

  /** Whether the message being read belongs to a request passed on. */
  private boolean passingOn;

  /** The request this lane is reading, and its body so far; null between requests. */
  private HttpRequest taken;

  private CompositeByteBuf body;
  private boolean flushPending;

  /** Whether {@link #queuedFlush} waits for the end of the event loop's pass. */
  private boolean flushQueued;

  private Runnable queuedFlush;

  /** A read Micronaut asked for while the connection could take no more output. */
  private boolean readDeferred;

  /**
   * A close asked for while a request was half read or being answered, which it waits for: the
   * graceful shutdown closes the connections Micronaut believes idle, and it cannot see this
   * lane's.
   */
  private ChannelPromise closeDeferred;

  /**
   * The connection's peer address as text and whether it is TLS: the same for every request on it,
   * and formatting the address was a request's cost. Null until the first request.
   */
  private String peerAddress;

  private boolean secure;

  /** The Date header, formatted once a second. */
  private long dateSecond = -1;

  private String date;

  QueryFastLane(QueryRequests requests, long maxRequestSize) {
    this.requests = requests;
    this.maxRequestSize = maxRequestSize;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof HttpRequest request) {
      if (takes(request)) {
        taken = request;
        body = ctx.alloc().compositeBuffer();
      } else {
        passingOn = true;
        withMicronaut++;
      }
    }
    if (passingOn || taken == null) {
      passingOn = !(msg instanceof LastHttpContent) && passingOn;
      ctx.fireChannelRead(msg);
      return;
    }
    if (msg instanceof HttpContent content) {
      body.addComponent(true, content.content().retain());
      content.release();
      if (content instanceof LastHttpContent) {
        complete(ctx);
      }
    }
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    if (flushPending && !flushQueued) {
      flushQueued = true;
      BatchedFlushes.atEndOfPass(ctx.executor(), queuedFlush);
    }
    ctx.fireChannelReadComplete();
  }

  /** Counts the ends of Micronaut's responses on their way out. */
  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    if (msg instanceof LastHttpContent && !interim(msg) && withMicronaut > 0) {
      withMicronaut--;
      if (closeDeferred != null && idle()) {
        ChannelPromise written = promise.unvoid();
        ctx.writeAndFlush(msg, written).addListener(f -> ctx.close(closeDeferred));
        return;
      }
    }
    ctx.write(msg, promise);
  }

  /**
   * Waits for the request in progress; a second close (an idle connection's timeout fires again)
   * does not wait.
   */
  @Override
  public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
    if (idle() || closeDeferred != null) {
      flushIfPending(ctx);
      ctx.close(promise);
    } else {
      closeDeferred = promise;
    }
  }

  /** Backpressure for a client that sends requests without reading the responses. */
  @Override
  public void read(ChannelHandlerContext ctx) {
    if (ctx.channel().isWritable()) {
      ctx.read();
    } else {
      readDeferred = true;
    }
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    if (readDeferred && ctx.channel().isWritable()) {
      readDeferred = false;
      ctx.read();
    }
    ctx.fireChannelWritabilityChanged();
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    queuedFlush = () -> flushIfPending(ctx);
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    if (body != null) {
      body.release();
      body = null;
    }
  }

  /** The lane's responses go out in one flush, once the event loop has served all it read. */
  private void flushIfPending(ChannelHandlerContext ctx) {
    flushQueued = false;
    if (flushPending) {
      flushPending = false;
      ctx.flush();
    }
  }

  private boolean idle() {
    return taken == null && withMicronaut == 0;
  }

  private boolean takes(HttpRequest request) {
    HttpHeaders headers = request.headers();
    return withMicronaut == 0
        && request.decoderResult().isSuccess()
        && HttpVersion.HTTP_1_1.equals(request.protocolVersion())
        && (HttpMethod.POST.equals(request.method()) || HttpMethod.GET.equals(request.method()))
        && (request.uri().equals("/") || request.uri().startsWith("/?"))
        && !headers.contains(HttpHeaderNames.EXPECT)
        && !headers.contains(HttpHeaderNames.TRANSFER_ENCODING)
        && !headers.contains(HttpHeaderNames.CONTENT_ENCODING)
        && !headers.contains(HttpHeaderNames.UPGRADE)
        && headers.getAll(HttpHeaderNames.CONTENT_LENGTH).size() <= 1
        && withinLimit(request);
  }

  private boolean withinLimit(HttpRequest request) {
    try {
      long length = HttpUtil.getContentLength(request, 0L);
      return length >= 0 && length <= maxRequestSize;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private void complete(ChannelHandlerContext ctx) {
    HttpRequest request = taken;
    CompositeByteBuf content = body;
    taken = null;
    body = null;
    QueryRequest query = QueryRequest.read(signed(request, content));
    if (requests.mayWait(query)) {
      withMicronaut++;
      ctx.fireChannelRead(
          new DefaultHttpRequest(
              request.protocolVersion(), request.method(), request.uri(), request.headers()));
      ctx.fireChannelRead(new DefaultLastHttpContent(content));
      return;
    }
    content.release();
    respond(ctx, request, served(ctx, request, query));
  }

  private WireResponse served(ChannelHandlerContext ctx, HttpRequest request, QueryRequest query) {
    try {
      return requests.serve(query, origin(ctx, request));
    } catch (RuntimeException e) {
      LOG.error("Request failed unexpectedly", e);
      return requests.frameworkError(500);
    }
  }

  /**
   * Head and body go to Netty's encoder as two messages: a full response with a body of this size
   * comes out as two buffers anyway, joined by a promise combiner; two messages need none.
   */
  private void respond(ChannelHandlerContext ctx, HttpRequest request, WireResponse response) {
    // The JDK encodes text that is all ASCII (nearly every response) in one array copy; Netty's
    // writeUtf8 goes character by character.
    byte[] utf8 = response.body().getBytes(StandardCharsets.UTF_8);
    ByteBuf content = ctx.alloc().buffer(utf8.length).writeBytes(utf8);
    HttpResponse head =
        new DefaultHttpResponse(
            HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(response.status()), HEADERS);
    head.headers()
        .set(HttpHeaderNames.CONTENT_TYPE, TEXT_XML)
        .set(REQUEST_ID, response.requestId())
        .set(HttpHeaderNames.DATE, date())
        .set(HttpHeaderNames.CONTENT_LENGTH, content.readableBytes());
    LastHttpContent body = new DefaultLastHttpContent(content, HEADERS);
    if (HttpUtil.isKeepAlive(request) && closeDeferred == null) {
      ctx.write(head);
      ctx.write(body);
      flushPending = true;
    } else {
      head.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
      flushPending = false;
      ChannelPromise closed = closeDeferred == null ? ctx.newPromise() : closeDeferred;
      ctx.write(head);
      ctx.writeAndFlush(body).addListener(f -> ctx.close(closed));
    }
  }

  private String date() {
    long second = WALL_CLOCK.millis() / 1000;
    if (second != dateSecond) {
      dateSecond = second;
      date = HTTP_DATE.format(WALL_CLOCK.instant());
    }
    return date;
  }

  private static SignedRequest signed(HttpRequest request, ByteBuf content) {
    String uri = request.uri();
    int query = uri.indexOf('?');
    HttpHeaders received = request.headers();
    SignedRequest.HeadersBuilder headers = new SignedRequest.HeadersBuilder(received.size());
    for (Map.Entry<String, String> header : received) {
      headers.add(header.getKey(), header.getValue());
    }
    return new SignedRequest(
        request.method().name(),
        query < 0 ? uri : uri.substring(0, query),
        query < 0 ? null : uri.substring(query + 1),
        headers.build(),
        ByteBufUtil.getBytes(content));
  }

  private RequestOrigin origin(ChannelHandlerContext ctx, HttpRequest request) {
    if (peerAddress == null) {
      peerAddress =
          ctx.channel().remoteAddress() instanceof InetSocketAddress socket
              ? socket.getAddress().getHostAddress()
              : "";
      secure = ctx.pipeline().get(SslHandler.class) != null;
    }
    return new RequestOrigin(
        peerAddress, secure, request.headers().get(HttpHeaderNames.USER_AGENT));
  }

  private static boolean interim(Object msg) {
    return msg instanceof HttpResponse response
        && response.status().codeClass() == HttpStatusClass.INFORMATIONAL;
  }
}
