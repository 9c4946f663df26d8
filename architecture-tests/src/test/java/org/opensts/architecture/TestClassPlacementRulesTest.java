package org.opensts.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Test placement: the last part of STYLE.md rule 9. It needs test classes, which the other rule
 * classes leave out, so it imports the main classes from the class path and the test classes from
 * the sibling modules' {@code target/test-classes}.
 */
@AnalyzeClasses(
    packages = "org.opensts",
    locations = TestClassPlacementRulesTest.SiblingModuleTestClasses.class,
    importOptions = TestClassPlacementRulesTest.ExcludeRuleFixtures.class)
class TestClassPlacementRulesTest {

  @ArchTest
  static final ArchRule test_classes_reside_next_to_their_implementation =
      Rules.testClassesResideNextToTheirImplementation();

  /** The compiled tests of every module of the build, where they exist. */
  static final class SiblingModuleTestClasses implements LocationProvider {
    @Override
    public Set<Location> get(Class<?> testClass) {
      Path modules = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
      try (Stream<Path> children = Files.list(modules)) {
        return children
            .map(module -> module.resolve("target/test-classes"))
            .filter(Files::isDirectory)
            .map(Location::of)
            .collect(Collectors.toSet());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The fixtures break rules on purpose; only {@link RulesCatchViolationsTest} imports them. */
  static final class ExcludeRuleFixtures implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("/org/opensts/architecture/fixture/");
    }
  }
}
