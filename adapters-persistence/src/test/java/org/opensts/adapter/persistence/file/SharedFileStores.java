package org.opensts.adapter.persistence.file;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The file stores of one test, opened at first use in the test's directory and closed after it: one
 * directory takes one writer, so the stores a test asks for share them.
 */
final class SharedFileStores implements AfterEachCallback {

  private final Supplier<Path> directory;
  private FileStores stores;

  SharedFileStores(Supplier<Path> directory) {
    this.directory = directory;
  }

  FileStores get() {
    if (stores == null) {
      stores = TestFileStores.open(directory.get());
    }
    return stores;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (stores != null) {
      stores.close();
      stores = null;
    }
  }
}
