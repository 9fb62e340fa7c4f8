import { POLICY_PATH } from './layout.js';
import { effectivePolicy, parseByteSize } from './policy.js';
import { describeThrown, sortProblems, type Problem } from './problems.js';
import type { ModelRecord, RegistrySnapshot, VersionRecord } from './snapshot.js';
import { locateField, type FieldPath } from './yaml-file.js';

/**
 * Every invariant a registry must keep. This is the required check on registry pull requests,
 * so it must catch by itself what a hand-made change could break.
 */
export function verifyRegistry(snapshot: RegistrySnapshot): Problem[] {
  const problems: Problem[] = [...snapshot.problems];
  const report: Report = (file, message, severity = 'error', field) => {
    const text = field && snapshot.texts.get(file);
    const position = text ? locateField(text, field) : {};
    // The field name is already in the message; keep only the position.
    problems.push({ file, line: position.line, column: position.column, message, severity });
  };
  if (!snapshot.policyPresent) {
    report(POLICY_PATH, 'missing: this is not a modelgate registry yet (run `modelgate init`)');
  }
  for (const [name] of Object.entries(snapshot.policy?.models ?? {})) {
    if (!snapshot.models.has(name)) {
      report(
        POLICY_PATH,
        `models.${name}: overrides policy for a model that does not exist`,
        'warning',
        ['models', name],
      );
    }
  }
  checkRetrainingTarget(snapshot, report);
  checkBudgets(snapshot, report);
  for (const model of snapshot.models.values()) {
    checkDeployment(model, report);
    for (const version of model.versions.values()) checkVersion(model, version, report);
  }
  return sortProblems(problems);
}

/** A budget the schema accepts as text must also be a size modelgate can count. */
function checkBudgets(snapshot: RegistrySnapshot, report: Report): void {
  const file = snapshot.policy;
  if (!file) return;
  const sizes: [unknown, FieldPath][] = [
    [file.budget?.max_size, ['budget', 'max_size']],
    ...Object.entries(file.models ?? {}).map(([name, sections]): [unknown, FieldPath] => [
      sections?.budget?.max_size,
      ['models', name, 'budget', 'max_size'],
    ]),
  ];
  for (const [size, field] of sizes) {
    if (typeof size !== 'string' && typeof size !== 'number') continue;
    try {
      parseByteSize(size);
    } catch (thrown) {
      report(POLICY_PATH, `${field.join('.')}: ${describeThrown(thrown)}`, 'error', field);
    }
  }
}

/** One way to start retraining per model: two would train twice on every episode. */
function checkRetrainingTarget(snapshot: RegistrySnapshot, report: Report): void {
  const file = snapshot.policy;
  if (!file) return;
  const scopes: [string | undefined, FieldPath][] = [
    [undefined, ['retraining', 'workflow']],
    ...Object.keys(file.models ?? {}).map((name): [string, FieldPath] => [
      name,
      ['models', name, 'retraining', 'workflow'],
    ]),
  ];
  for (const [model, field] of scopes) {
    const retraining = effectivePolicy(file, model).retraining;
    if (retraining.event_type && retraining.workflow) {
      report(
        POLICY_PATH,
        `${field.join('.')}: name the retraining workflow once, by event_type (repository_dispatch) or by workflow (workflow_dispatch), not both${model ? ` (for ${model}, with the defaults above)` : ''}`,
        'error',
        field,
      );
      return;
    }
  }
}

type Report = (
  file: string,
  message: string,
  severity?: Problem['severity'],
  field?: FieldPath,
) => void;

function checkDeployment(model: ModelRecord, report: Report): void {
  const file = model.deploymentPath;
  if (!model.deploymentPresent) {
    report(file, `missing: every model folder needs its deployment state`);
    return;
  }
  const state = model.deployment;
  if (!state) return; // already reported as a schema problem
  if (state.model !== model.name) {
    report(
      file,
      `model: says "${state.model}" but the file is in the folder of "${model.name}"`,
      'error',
      ['model'],
    );
  }
  const mustExist = (field: FieldPath, id: string | null | undefined): void => {
    if (!id) return;
    const role = field.map((part) => (typeof part === 'number' ? `[${part}]` : part)).join('.');
    const target = model.versions.get(id);
    if (!target?.manifestPresent) {
      report(file, `${role}: version ${id} does not exist in ${model.name}`, 'error', field);
    } else if (target.manifest?.status === 'deleted') {
      report(file, `${role}: version ${id} is deleted; it cannot be used`, 'error', field);
    }
  };
  mustExist(['production'], state.production);
  mustExist(['previous_production'], state.previous_production);
  for (const [index, paper] of (state.paper_trading ?? []).entries()) {
    mustExist(['paper_trading', index, 'version'], paper.version);
  }
  if (state.ab_test) {
    mustExist(['ab_test', 'control'], state.ab_test.control);
    mustExist(['ab_test', 'candidate'], state.ab_test.candidate);
    const { split } = state.ab_test;
    if (split.control + split.candidate !== 100) {
      report(
        file,
        `ab_test.split: control ${split.control} + candidate ${split.candidate} must add up to 100`,
        'error',
        ['ab_test', 'split'],
      );
    }
    if (state.ab_test.control === state.ab_test.candidate) {
      report(file, 'ab_test: control and candidate are the same version', 'error', ['ab_test']);
    }
    // The control is what trades with money outside the test: production itself.
    if (state.ab_test.control !== state.production) {
      report(
        file,
        `ab_test.control: is ${state.ab_test.control}, but production is ${state.production ?? 'none'}; the control of an A/B test is the production version`,
        'error',
        ['ab_test', 'control'],
      );
    }
    const candidate = model.versions.get(state.ab_test.candidate)?.manifest;
    if (candidate && candidate.status !== 'active' && candidate.status !== 'deleted') {
      report(
        file,
        `ab_test.candidate: version ${state.ab_test.candidate} is ${candidate.status}; only an active version can take live traffic`,
        'error',
        ['ab_test', 'candidate'],
      );
    }
  }
  if (state.production && state.production === state.previous_production) {
    report(file, 'previous_production: is the same as production', 'warning', [
      'previous_production',
    ]);
  }
}

function checkVersion(model: ModelRecord, version: VersionRecord, report: Report): void {
  const file = version.manifestPath;
  if (!version.manifestPresent) {
    for (const artifact of version.artifactFiles.values()) {
      report(artifact.path, `belongs to version ${version.id}, which has no manifest.yaml`);
    }
    for (const trades of version.tradeFiles.values()) {
      report(trades.path, `trades of version ${version.id}, which has no manifest.yaml`);
    }
    return;
  }
  const manifest = version.manifest;
  if (!manifest) {
    // The manifest's own problem is already reported; a broken artifact is a separate fact.
    for (const artifact of version.artifactFiles.values()) {
      if (artifact.pointerProblem) report(artifact.path, artifact.pointerProblem);
    }
    return;
  }
  if (manifest.model !== model.name) {
    report(
      file,
      `model: says "${manifest.model}" but the manifest is in the folder of "${model.name}"`,
      'error',
      ['model'],
    );
  }
  if (manifest.version !== version.id) {
    report(
      file,
      `version: says "${manifest.version}" but the manifest is in the folder of "${version.id}"`,
      'error',
      ['version'],
    );
  }
  if (manifest.parent && !model.versions.has(manifest.parent)) {
    report(file, `parent: version ${manifest.parent} does not exist in ${model.name}`, 'warning', [
      'parent',
    ]);
  }
  if (manifest.parent === manifest.version) {
    report(file, 'parent: a version cannot be its own parent', 'error', ['parent']);
  }

  const deleted = manifest.status === 'deleted';
  const listed = new Set<string>();
  for (const [index, artifact] of manifest.artifacts.entries()) {
    if (listed.has(artifact.path)) {
      report(file, `artifacts[${index}].path: ${artifact.path} is listed twice`, 'error', [
        'artifacts',
        index,
        'path',
      ]);
      continue;
    }
    listed.add(artifact.path);
    const stored = version.artifactFiles.get(artifact.path);
    if (!stored) {
      if (!deleted) {
        report(file, `artifacts[${index}]: ${artifact.path} is not in the repository`, 'error', [
          'artifacts',
          index,
          'path',
        ]);
      }
      continue;
    }
    if (deleted) {
      report(stored.path, `version ${version.id} is deleted but this artifact is still stored`);
      continue;
    }
    if (!stored.pointer) {
      report(stored.path, stored.pointerProblem ?? 'is not a valid Git LFS pointer');
      continue;
    }
    if (stored.pointer.sha256 !== artifact.sha256) {
      report(
        file,
        `artifacts[${index}].sha256: manifest says ${artifact.sha256} but the LFS pointer of ${artifact.path} says ${stored.pointer.sha256}`,
        'error',
        ['artifacts', index, 'sha256'],
      );
    }
    if (stored.pointer.size !== artifact.size) {
      report(
        file,
        `artifacts[${index}].size: manifest says ${artifact.size} bytes but the LFS pointer of ${artifact.path} says ${stored.pointer.size}`,
        'error',
        ['artifacts', index, 'size'],
      );
    }
  }
  for (const stored of version.artifactFiles.values()) {
    if (!listed.has(stored.relative)) {
      report(stored.path, `is not listed in the artifacts of ${file}`);
    }
  }
  if (deleted && !manifest.deleted) {
    report(file, 'deleted: a deleted version must record when it was deleted', 'error', ['status']);
  }
  // Marking a version important is how people say "never delete this": no change gets past it.
  if (deleted && manifest.important) {
    report(
      file,
      `status: version ${version.id} is marked important and cannot be deleted; unmark it first (modelgate mark --not-important)`,
      'error',
      ['status'],
    );
  }
  if (manifest.evaluation.period.start > manifest.evaluation.period.end) {
    report(file, 'evaluation.period: start is after end', 'error', ['evaluation', 'period']);
  }
}
