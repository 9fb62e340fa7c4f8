import { whyUnsafeName } from './names.js';
import { isCalendarDate } from './text.js';

/**
 * Where everything lives in a registry repository:
 *
 *   registry/policy.yaml                                   thresholds and rules
 *   registry/<model>/deployment.yaml                       production, previous, paper, A/B
 *   registry/<model>/versions/<version>/manifest.yaml      one version's record
 *   registry/<model>/versions/<version>/artifacts/<file>   its files, in Git LFS
 *   registry/<model>/versions/<version>/trades/<YYYY-MM>/<YYYY-MM-DD>.jsonl
 *                                                          its closed trades, one JSON line each
 */
export const REGISTRY_DIR = 'registry';
export const POLICY_PATH = `${REGISTRY_DIR}/policy.yaml`;
export const LFS_ATTRIBUTES_RULE = `${REGISTRY_DIR}/*/versions/*/artifacts/** filter=lfs diff=lfs merge=lfs -text`;

export const modelDir = (model: string): string => `${REGISTRY_DIR}/${model}`;
export const deploymentPath = (model: string): string => `${modelDir(model)}/deployment.yaml`;
export const versionDir = (model: string, version: string): string =>
  `${modelDir(model)}/versions/${version}`;
export const manifestPath = (model: string, version: string): string =>
  `${versionDir(model, version)}/manifest.yaml`;
export const artifactPath = (model: string, version: string, relative: string): string =>
  `${versionDir(model, version)}/${relative}`;
/** Trades are kept per version and UTC day: small files, appended to, that git diffs well. */
export const tradesPath = (model: string, version: string, day: string): string =>
  `${versionDir(model, version)}/trades/${day.slice(0, 7)}/${day}.jsonl`;

export type RegistryPath =
  | { kind: 'policy' }
  | { kind: 'deployment'; model: string }
  | { kind: 'manifest'; model: string; version: string }
  | { kind: 'artifact'; model: string; version: string; relative: string }
  | { kind: 'trades'; model: string; version: string; day: string }
  | { kind: 'outside-layout'; reason: string };

/** Says what a path under registry/ is, or why it does not belong there. */
export function classifyRegistryPath(path: string): RegistryPath {
  const parts = path.split('/');
  if (parts[0] !== REGISTRY_DIR) return { kind: 'outside-layout', reason: 'not under registry/' };
  if (path === POLICY_PATH) return { kind: 'policy' };
  const [, model, second, version, fourth, artifact, ...rest] = parts;
  if (model === undefined || second === undefined) {
    return { kind: 'outside-layout', reason: 'registry/ holds only policy.yaml and model folders' };
  }
  const modelProblem = whyUnsafeName('model name', model);
  if (modelProblem) return { kind: 'outside-layout', reason: modelProblem };
  if (second === 'deployment.yaml' && parts.length === 3) return { kind: 'deployment', model };
  if (second !== 'versions' || version === undefined || fourth === undefined) {
    return {
      kind: 'outside-layout',
      reason: `a model folder holds only deployment.yaml and versions/<version>/`,
    };
  }
  const versionProblem = whyUnsafeName('version id', version);
  if (versionProblem) return { kind: 'outside-layout', reason: versionProblem };
  if (fourth === 'manifest.yaml' && parts.length === 5) return { kind: 'manifest', model, version };
  if (fourth === 'trades' && artifact !== undefined && rest.length === 1) {
    const day = /^(\d{4}-\d{2}-\d{2})\.jsonl$/.exec(rest[0]!)?.[1];
    if (day && artifact === day.slice(0, 7) && isCalendarDate(day)) {
      return { kind: 'trades', model, version, day };
    }
    return {
      kind: 'outside-layout',
      reason: 'trades are stored as trades/<YYYY-MM>/<YYYY-MM-DD>.jsonl, by UTC day',
    };
  }
  if (fourth === 'artifacts' && artifact !== undefined && rest.length === 0) {
    const artifactProblem = whyUnsafeName('artifact file name', artifact);
    if (artifactProblem) return { kind: 'outside-layout', reason: artifactProblem };
    return { kind: 'artifact', model, version, relative: `artifacts/${artifact}` };
  }
  return {
    kind: 'outside-layout',
    reason: 'a version folder holds only manifest.yaml, artifacts/<file> and trades/',
  };
}
