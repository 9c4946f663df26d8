package org.opensts.adapter.http.xml;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A minimal streaming XML writer for AWS Query responses: elements, escaped text, two-space
 * indentation, one element per line, as AWS lays its responses out.
 */
public final class XmlDocument {

  /**
   * Told each element as it is written, so that another reader of a result (the audit trail) need
   * not parse the text again.
   */
  public interface Observer {
    Observer NONE =
        new Observer() {
          @Override
          public void start(String name) {}

          @Override
          public void element(String name, String text) {}

          @Override
          public void end() {}
        };

    void start(String name);

    void element(String name, String text);

    void end();
  }

  /**
   * Each thread's text buffer, lent to one document at a time: a response is written, copied out
   * and done with on one thread, and a fresh 2 KB buffer per response was a good part of all the
   * memory a request allocated.
   */
  private static final ThreadLocal<Buffer> BUFFERS = ThreadLocal.withInitial(Buffer::new);

  private final Buffer buffer;
  private final StringBuilder out;

  private final Deque<String> open = new ArrayDeque<>();
  private Observer observer = Observer.NONE;

  private XmlDocument() {
    this.buffer = Buffer.borrow();
    this.out = buffer.text;
  }

  /** Starts a document whose root element declares the service's namespace. */
  public static XmlDocument withRoot(String name, String namespace) {
    XmlDocument document = new XmlDocument();
    document.out.append('<').append(name).append(" xmlns=\"").append(namespace).append("\">\n");
    document.open.push(name);
    return document;
  }

  /** Tells the observer every element written from now on, until another one is set. */
  public XmlDocument observedBy(Observer observer) {
    this.observer = observer;
    return this;
  }

  public XmlDocument start(String name) {
    indent().append('<').append(name).append(">\n");
    open.push(name);
    observer.start(name);
    return this;
  }

  public XmlDocument end() {
    String name = open.pop();
    indent().append("</").append(name).append(">\n");
    observer.end();
    return this;
  }

  /** An element for an optional member: written only when it has a value, as AWS leaves it out. */
  public XmlDocument optionalElement(String name, Object value) {
    return value == null ? this : element(name, value.toString());
  }

  public XmlDocument element(String name, String text) {
    indent().append('<').append(name).append('>');
    escape(text);
    out.append("</").append(name).append(">\n");
    observer.element(name, text);
    return this;
  }

  /**
   * AWS's timestamps: ISO 8601 in UTC to the second, with a literal Z, which every SDK parses.
   * Written by hand for four-digit years (every credential's expiration): the general formatter
   * cost a credential-issuing response a tenth of its XML.
   */
  public static String timestamp(Instant instant) {
    LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    int year = time.getYear();
    if (year < 1000 || year > 9999) {
      return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
    byte[] text = new byte[20];
    digits(text, 0, year / 100);
    digits(text, 2, year % 100);
    text[4] = '-';
    digits(text, 5, time.getMonthValue());
    text[7] = '-';
    digits(text, 8, time.getDayOfMonth());
    text[10] = 'T';
    digits(text, 11, time.getHour());
    text[13] = ':';
    digits(text, 14, time.getMinute());
    text[16] = ':';
    digits(text, 17, time.getSecond());
    text[19] = 'Z';
    return new String(text, StandardCharsets.US_ASCII);
  }

  private static void digits(byte[] text, int at, int twoDigits) {
    text[at] = (byte) ('0' + twoDigits / 10);
    text[at + 1] = (byte) ('0' + twoDigits % 10);
  }

  /** Closes every open element and returns the text. */
  public String finish() {
    while (!open.isEmpty()) {
      end();
    }
    String text = out.toString();
    buffer.giveBack();
    return text;
  }

  private StringBuilder indent() {
    for (int level = open.size(); level > 0; level--) {
      out.append("  ");
    }
    return out;
  }

  /** Runs of characters that need no escaping (nearly every text) are copied at once. */
  private void escape(String text) {
    int plain = 0;
    for (int i = 0; i < text.length(); i++) {
      if (!needsEscaping(text.charAt(i))) {
        continue;
      }
      out.append(text, plain, i);
      plain = i + 1;
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        // A parser turns a raw CR (and CRLF) into LF, so a CR kept in a document must be a
        // reference.
        case '\r' -> out.append("&#13;");
        default -> out.append("&#").append((int) c).append(';');
      }
    }
    out.append(text, plain, text.length());
  }

  private static boolean needsEscaping(char c) {
    return c < 0x20
        ? c != '\t' && c != '\n'
        : c == '<' || c == '>' || c == '&' || c == '"' || c == '\'';
  }

  /**
   * A thread's buffer, or a fresh one while a document on this thread has it (one left unfinished
   * by an exception keeps it: later documents then just allocate, as they all did before).
   */
  private static final class Buffer {

    /** Room for the largest common response (AssumeRole's, with its session token) at once. */
    private static final int CAPACITY = 2048;

    /** A buffer grown beyond this by a large response is not kept. */
    private static final int MAX_KEPT = 64 * 1024;

    private final StringBuilder text = new StringBuilder(CAPACITY);
    private boolean lent;

    static Buffer borrow() {
      Buffer buffer = BUFFERS.get();
      if (buffer.lent) {
        return new Buffer();
      }
      buffer.lent = true;
      buffer.text.setLength(0);
      return buffer;
    }

    void giveBack() {
      lent = false;
      if (text.capacity() > MAX_KEPT && BUFFERS.get() == this) {
        BUFFERS.remove();
      }
    }
  }
}
