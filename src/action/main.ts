import * as core from '@actions/core';
import { resolve } from 'node:path';
import { formatProblem, describeThrown, ModelgateError } from '../core/problems.js';
import { plural } from '../core/text.js';
import { openRepo } from '../git/repository.js';
import { verify } from '../registry/queries.js';
import { readActionSettings } from './settings.js';

/** The action's entry: one try/catch, ending in core.setFailed. */
export async function run(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const settings = readActionSettings((name) => core.getInput(name), workspace);
    const repo = await openRepo(resolve(workspace, settings.registryPath));
    const report = await verify(repo, settings.rev);
    for (const problem of report.problems) {
      const properties = {
        file: problem.file,
        startLine: problem.line,
        startColumn: problem.column,
      };
      const message = problem.field ? `${problem.field}: ${problem.message}` : problem.message;
      if (problem.severity === 'error') core.error(message, properties);
      else core.warning(message, properties);
    }
    core.setOutput('errors', report.errors);
    core.setOutput('warnings', report.warnings);
    core.info(
      `${plural(report.models, 'model')}, ${plural(report.versions, 'version')}: ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}`,
    );
    if (report.errors > 0) {
      core.setFailed(
        `registry verification failed:\n${report.problems.map(formatProblem).join('\n')}`,
      );
    }
  } catch (thrown) {
    const details = thrown instanceof ModelgateError ? thrown.problems.map(formatProblem) : [];
    core.setFailed([describeThrown(thrown), ...details].join('\n'));
  }
}
