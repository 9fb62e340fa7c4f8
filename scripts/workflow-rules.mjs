// modelgate's own rules for workflows, on top of actionlint: the promises SECURITY.md makes about
// them, checked on every lint so a later edit cannot quietly break one.
import { parse } from 'yaml';

const PINNED = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/;

/**
 * Problems with one workflow file, as `{ line, message }` (line 0: the whole file).
 * @param {string} text
 * @returns {{ line: number, message: string }[]}
 */
export function checkWorkflow(text) {
  const problems = [];
  const lines = text.split('\n');
  const lineOf = (needle) => {
    const index = lines.findIndex((line) => line.includes(needle));
    return index < 0 ? 0 : index + 1;
  };
  let workflow;
  try {
    workflow = parse(text);
  } catch (error) {
    return [{ line: 0, message: `not YAML: ${error.message}` }];
  }
  const on = workflow?.on ?? {};
  const triggers = typeof on === 'string' ? [on] : Array.isArray(on) ? on : Object.keys(on);

  if (triggers.includes('pull_request_target')) {
    problems.push({
      line: lineOf('pull_request_target'),
      message:
        'pull_request_target runs with write access on code from forks: use pull_request (read-only for forks)',
    });
  }
  const top = workflow?.permissions;
  if (!top || typeof top !== 'object' || Object.keys(top).length > 0) {
    problems.push({
      line: lineOf('permissions:') || 1,
      message: 'start from `permissions: {}` and grant each job only what it needs',
    });
  }
  const onPullRequests = triggers.includes('pull_request');
  for (const [name, job] of Object.entries(workflow?.jobs ?? {})) {
    const writes = Object.entries(job?.permissions ?? {})
      .filter(([, access]) => access === 'write')
      .map(([scope]) => scope);
    const guard = typeof job?.if === 'string' ? job.if : '';
    if (
      onPullRequests &&
      writes.length > 0 &&
      !guard.includes('head.repo.full_name == github.repository')
    ) {
      problems.push({
        line: lineOf(`${name}:`),
        message: `job ${name} can write (${writes.join(', ')}) and runs on pull requests: guard it with \`github.event.pull_request.head.repo.full_name == github.repository\` so a fork's pull request never writes`,
      });
    }
    for (const step of job?.steps ?? []) {
      if (typeof step?.run === 'string' && step.run.includes('${{')) {
        problems.push({
          line: lineOf(step.run.split('\n')[0]),
          message:
            'an expression inside `run:` is pasted into the script before it runs: pass it through `env:` and use "$NAME"',
        });
      }
      const uses = typeof step?.uses === 'string' ? step.uses : undefined;
      if (uses && !uses.startsWith('./') && !uses.startsWith('docker://') && !PINNED.test(uses)) {
        problems.push({
          line: lineOf(uses),
          message: `${uses}: pin third-party actions by full commit SHA, with the version in a comment (a tag can move)`,
        });
      }
      if (uses && PINNED.test(uses) && !/#\s*v\d/.test(lines[lineOf(uses) - 1] ?? '')) {
        problems.push({
          line: lineOf(uses),
          message: `${uses}: say which version the SHA is in a comment, e.g. # v4.2.2`,
        });
      }
    }
  }
  return problems;
}
