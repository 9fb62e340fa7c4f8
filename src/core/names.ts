import { ModelgateError } from './problems.js';

// Names become folder names and parts of git refs, so they are checked before anything is written.
// Lowercase only: two names differing in case would collide on macOS and Windows checkouts.
const MODEL_NAME = /^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$/;
const VERSION_ID = /^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$/;
const ARTIFACT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export const MODEL_NAME_RULE =
  'lowercase letters, digits, "-" and "_", starting and ending with a letter or digit, at most 64 characters';
export const VERSION_ID_RULE =
  'lowercase letters, digits, ".", "-" and "_", starting and ending with a letter or digit, at most 64 characters, no ".." and not ending in ".lock"';
export const ARTIFACT_NAME_RULE =
  'letters, digits, ".", "-" and "_", starting with a letter or digit, at most 128 characters';

export type NameKind = 'model name' | 'version id' | 'artifact file name';

/**
 * A value quoted for a message, as JSON, with what JSON leaves raw escaped too: DEL and the C1
 * controls (U+009B starts a terminal escape sequence on its own), bidirectional overrides and
 * other invisible format characters, which would reorder or hide the text around them.
 */
export function quoteValue(value: string): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\p{Cf}]/gu, (char) => {
    const code = char.codePointAt(0)!;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

function describeValue(value: string): string {
  return quoteValue(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

/** Returns why `value` is not a safe name of this kind, or undefined when it is. */
export function whyUnsafeName(kind: NameKind, value: string): string | undefined {
  const [pattern, rule] =
    kind === 'model name'
      ? [MODEL_NAME, MODEL_NAME_RULE]
      : kind === 'version id'
        ? [VERSION_ID, VERSION_ID_RULE]
        : [ARTIFACT_NAME, ARTIFACT_NAME_RULE];
  const breaksRule =
    !pattern.test(value) ||
    value.includes('..') ||
    value.endsWith('.lock') ||
    (kind === 'artifact file name' && value === 'manifest.yaml');
  return breaksRule ? `unsafe ${kind} ${describeValue(value)}: use ${rule}` : undefined;
}

export function assertSafeName(kind: NameKind, value: string): string {
  const reason = whyUnsafeName(kind, value);
  if (reason) throw new ModelgateError(reason);
  return value;
}

const NUMBERED_VERSION = /^v(\d{1,9})$/;

/** Orders version ids as people expect: v2 before v10; other ids by text, after numbered ones. */
export function compareVersionIds(a: string, b: string): number {
  const na = NUMBERED_VERSION.exec(a);
  const nb = NUMBERED_VERSION.exec(b);
  if (na && nb) return Number(na[1]) - Number(nb[1]);
  if (na) return -1;
  if (nb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The next id in the v1, v2, … sequence, after every numbered id ever used. */
export function nextVersionId(existing: Iterable<string>): string {
  let highest = 0;
  for (const id of existing) {
    const match = NUMBERED_VERSION.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `v${highest + 1}`;
}
