package io.github.postman2java.maven;

import io.github.postman2java.diag.DiagnosticCode;
import io.github.postman2java.diag.GenerationException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * Runs an execution's jobs through its {@link IncrementalGenerator} (one state file per
 * collection), removes what collections no longer configured generated, and maps failures to
 * Maven's two kinds: input errors fail the build ({@link MojoFailureException}), I/O and internal
 * errors are {@link MojoExecutionException}s. Tells the IDE ({@link BuildContext}, may be null)
 * what changed and where the errors are.
 */
final class JobRunner {
  private final IncrementalGenerator generator;
  private final BuildContext buildContext;
  private final Log log;

  JobRunner(IncrementalGenerator generator, BuildContext buildContext, Log log) {
    this.generator = generator;
    this.buildContext = buildContext;
    this.log = log;
  }

  /** Runs every job, then removes orphans; returns how many jobs were up to date. */
  int runAll(List<GenerationJob> jobs) throws MojoExecutionException, MojoFailureException {
    Set<Path> stateFiles = new HashSet<>();
    int upToDate = 0;
    for (GenerationJob job : jobs) {
      stateFiles.add(generator.stateFile(job.collection()));
      upToDate += run(job) == IncrementalGenerator.Outcome.UP_TO_DATE ? 1 : 0;
    }
    try {
      generator.removeOrphans(stateFiles);
    } catch (IOException e) {
      throw new MojoExecutionException("postman2java: cannot clean up stale output: " + e, e);
    }
    return upToDate;
  }

  private IncrementalGenerator.Outcome run(GenerationJob job)
      throws MojoExecutionException, MojoFailureException {
    if (buildContext != null) {
      buildContext.removeMessages(job.collection().toFile());
    }
    try {
      IncrementalGenerator.Outcome outcome = generator.run(job);
      if (buildContext != null && outcome == IncrementalGenerator.Outcome.GENERATED) {
        buildContext.refresh(job.outputDirectory().toFile());
      }
      return outcome;
    } catch (GenerationException e) {
      if (e.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.P2J031_WRITE_FAILED)) {
        throw new MojoExecutionException("postman2java: I/O error while generating from "
            + job.displayPath() + ": " + e.getMessage(), e);
      }
      String errors = DiagnosticLog.logFailure(e, job, log, buildContext);
      throw new MojoFailureException("postman2java: cannot generate from " + job.displayPath()
          + ":\n" + errors);
    } catch (UnsafeOutputException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("postman2java: I/O error while generating from "
          + job.displayPath() + ": " + e, e);
    } catch (RuntimeException e) {
      throw new MojoExecutionException("postman2java: internal error while generating from "
          + job.displayPath() + " (please report it with the collection's structure, not its"
          + " secrets): " + e, e);
    }
  }
}
