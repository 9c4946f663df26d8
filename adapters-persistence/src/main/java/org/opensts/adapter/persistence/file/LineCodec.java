package org.opensts.adapter.persistence.file;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * Encodes and decodes the JSON lines of journals and snapshots. A checksummed payload ({@code
 * change} or {@code state}) is written once and its CRC32C is taken over exactly those bytes, so a
 * reader verifies the bytes on disk rather than a re-serialisation.
 */
final class LineCodec {

  static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HexFormat HEX = HexFormat.of();

  private LineCodec() {}

  /** {@code {"v":1,"seq":<n>,"crc32c":"<8 hex>","change":<change>}\n}. */
  static byte[] journalLine(long seq, JsonNode change) {
    return checksummedLine("{\"v\":" + FORMAT_VERSION + ",\"seq\":" + seq + ",", "change", change);
  }

  /** {@code {"crc32c":"<8 hex>","state":<record>}\n}. */
  static byte[] snapshotRecordLine(JsonNode state) {
    return checksummedLine("{", "state", state);
  }

  /** {@code {"v":1,"snapshot":<seq>,"records":<count>}\n}. */
  static byte[] snapshotHeaderLine(long seq, long records) {
    return ascii(
        "{\"v\":" + FORMAT_VERSION + ",\"snapshot\":" + seq + ",\"records\":" + records + "}\n");
  }

  /** {@code {"end":<seq>,"records":<count>}\n}. */
  static byte[] snapshotTrailerLine(long seq, long records) {
    return ascii("{\"end\":" + seq + ",\"records\":" + records + "}\n");
  }

  private static byte[] checksummedLine(String prefix, String field, JsonNode payload) {
    byte[] body = serialize(payload);
    byte[] head =
        ascii(prefix + "\"crc32c\":\"" + crc32c(body, 0, body.length) + "\",\"" + field + "\":");
    byte[] line = Arrays.copyOf(head, head.length + body.length + 2);
    System.arraycopy(body, 0, line, head.length, body.length);
    line[line.length - 2] = '}';
    line[line.length - 1] = '\n';
    return line;
  }

  private static byte[] serialize(JsonNode payload) {
    try {
      return MAPPER.writeValueAsBytes(payload);
    } catch (IOException e) {
      throw new IllegalArgumentException("Record cannot be serialised as JSON", e);
    }
  }

  static String crc32c(byte[] bytes, int offset, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, offset, length);
    return HEX.toHexDigits((int) crc.getValue());
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * A decoded line: its top-level fields, plus the checksummed payload (parsed) when the line has a
   * {@code crc32c} field that matches the payload's bytes.
   */
  record Decoded(ObjectNode fields, JsonNode payload) {}

  /**
   * Parses one line (without its newline) as a JSON object. When {@code payloadField} is present,
   * its raw bytes must match the line's {@code crc32c} field.
   *
   * @throws CorruptLineException with the reason when the line is not valid
   */
  static Decoded decode(byte[] line, String payloadField) throws CorruptLineException {
    int payloadStart = -1;
    int payloadEnd = -1;
    ObjectNode fields = MAPPER.createObjectNode();
    try (JsonParser parser = MAPPER.getFactory().createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new CorruptLineException("not a JSON object");
      }
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (name.equals(payloadField)) {
          payloadStart = (int) parser.currentTokenLocation().getByteOffset();
          if (parser.currentToken().isStructStart()) {
            parser.skipChildren();
          } else {
            parser.finishToken();
          }
          payloadEnd = (int) parser.currentLocation().getByteOffset();
        } else {
          fields.set(name, MAPPER.readTree(parser));
        }
      }
      if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
        throw new CorruptLineException("malformed JSON object");
      }
    } catch (IOException e) {
      throw new CorruptLineException("not valid JSON");
    }
    if (payloadStart < 0) {
      return new Decoded(fields, null);
    }
    JsonNode crc = fields.get("crc32c");
    if (crc == null || !crc.isTextual()) {
      throw new CorruptLineException("no crc32c field");
    }
    String actual = crc32c(line, payloadStart, payloadEnd - payloadStart);
    if (!actual.equalsIgnoreCase(crc.textValue())) {
      throw new CorruptLineException(
          "CRC32C mismatch (recorded " + crc.textValue() + ", computed " + actual + ")");
    }
    try {
      return new Decoded(fields, MAPPER.readTree(line, payloadStart, payloadEnd - payloadStart));
    } catch (IOException e) {
      throw new CorruptLineException("payload is not valid JSON");
    }
  }

  /** A line that does not parse or whose checksum does not match. */
  static final class CorruptLineException extends Exception {
    private static final long serialVersionUID = 1L;

    CorruptLineException(String reason) {
      super(reason);
    }
  }
}
