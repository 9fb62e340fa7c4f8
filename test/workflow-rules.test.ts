// The workflow rules SECURITY.md promises: this repository's workflows keep them, and each rule
// catches the mistake it is there for.
import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkWorkflow } from '../scripts/workflow-rules.mjs';

const SHA = '11bd71901bbe5b1630ceea73d27597364c9af683';
const good = `name: ok
on:
  pull_request:
permissions: {}
jobs:
  verify:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@${SHA} # v4.2.2
      - env:
          TITLE: \${{ github.event.pull_request.title }}
        run: echo "$TITLE"
`;

describe('workflow rules', () => {
  it('every workflow of this repository keeps them', async () => {
    const dir = new URL('../.github/workflows/', import.meta.url);
    const names = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name));
    expect(names.length).toBeGreaterThan(4);
    for (const name of names) {
      expect([name, checkWorkflow(await readFile(new URL(name, dir), 'utf8'))]).toEqual([name, []]);
    }
  });

  it('a careful workflow passes', () => {
    expect(checkWorkflow(good)).toEqual([]);
  });

  it.each([
    [
      'an untrusted title pasted into a script',
      good.replace('run: echo "$TITLE"', 'run: echo "${{ github.event.pull_request.title }}"'),
      /expression inside `run:` is pasted into the script/,
    ],
    [
      'pull_request_target',
      good.replace('  pull_request:\n', '  pull_request_target:\n'),
      /pull_request_target runs with write access on code from forks/,
    ],
    [
      'no top-level permissions',
      good.replace('permissions: {}\n', ''),
      /start from `permissions: \{\}`/,
    ],
    [
      'broad top-level permissions',
      good.replace('permissions: {}\n', 'permissions: write-all\n'),
      /start from `permissions: \{\}`/,
    ],
    [
      'a job that writes on pull requests from anyone',
      good.replace('      contents: read', '      contents: write'),
      /job verify can write \(contents\) and runs on pull requests/,
    ],
    [
      'an action by tag',
      good.replace(`actions/checkout@${SHA} # v4.2.2`, 'actions/checkout@v4'),
      /pin third-party actions by full commit SHA/,
    ],
    ['a SHA without its version', good.replace(' # v4.2.2', ''), /say which version the SHA is/],
  ])('%s is caught, on its line', (_, text, message) => {
    const problems = checkWorkflow(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(message);
    expect(problems[0]!.line).toBeGreaterThan(0);
  });
});
