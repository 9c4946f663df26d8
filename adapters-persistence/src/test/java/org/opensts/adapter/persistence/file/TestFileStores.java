package org.opensts.adapter.persistence.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.opensts.application.port.out.PolicyDocumentParser;
import org.opensts.domain.policy.PolicyDocument;
import org.opensts.domain.policy.PolicyKind;
import org.opensts.domain.secret.MasterKey;

/**
 * File stores in a test directory, with a master key of the test run and a parser that knows the
 * documents the test made (this module cannot parse policy JSON; the server hands in the real
 * parser).
 */
final class TestFileStores {

  static final MasterKey MASTER_KEY = MasterKey.generate(new SecureRandom());

  /** Documents by their text, as {@link #document} registers them. */
  static final PolicyDocumentParser KNOWN_DOCUMENTS = new KnownDocuments();

  private static final Map<String, PolicyDocument> DOCUMENTS = new ConcurrentHashMap<>();

  private TestFileStores() {}

  static FileStores open(Path directory) {
    return FileStores.open(directory, MASTER_KEY, KNOWN_DOCUMENTS);
  }

  static FileStores open(Path directory, int compactEvery) {
    return FileStores.open(
        directory,
        MASTER_KEY,
        KNOWN_DOCUMENTS,
        new FileStores.Options(compactEvery, java.time.Clock.systemUTC()));
  }

  /** Every file under the directory, by relative path. */
  static Map<String, byte[]> contents(Path directory) {
    Map<String, byte[]> contents = new TreeMap<>();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        contents.put(directory.relativize(file).toString(), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return contents;
  }

  /** The bytes of every file under the directory, one after the other: to look for secrets. */
  static byte[] allBytes(Path directory) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    contents(directory).values().forEach(out::writeBytes);
    return out.toByteArray();
  }

  /** A document with the statements of {@code like} and a text of its own, which parses back. */
  static PolicyDocument document(PolicyDocument like, String text) {
    PolicyDocument document = new PolicyDocument(like.version(), like.statements(), text);
    DOCUMENTS.put(text, document);
    return document;
  }

  private static final class KnownDocuments implements PolicyDocumentParser {
    @Override
    public PolicyDocument parse(String json, PolicyKind kind) {
      PolicyDocument document = DOCUMENTS.get(json);
      if (document == null) {
        // Documents the contract tests build all read "{}": memory answers them, never a parse.
        return new PolicyDocument("2012-10-17", List.of(), json);
      }
      return document;
    }
  }
}
