/** A Git LFS pointer: what git stores in place of an artifact (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md). */
export interface LfsPointer {
  sha256: string;
  size: number;
}

const SPEC_URLS = new Set([
  'https://git-lfs.github.com/spec/v1',
  'https://hawser.github.com/spec/v1',
]);
/** The spec bounds pointer files; anything bigger is real content committed without LFS. */
export const MAX_POINTER_BYTES = 1024;

export type PointerParse = { ok: true; pointer: LfsPointer } | { ok: false; reason: string };

/** The spec: "the pointer of an empty file is the empty file"; git-lfs stores it as is. */
const EMPTY_FILE_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export function parseLfsPointer(text: string): PointerParse {
  if (text === '') return { ok: true, pointer: { sha256: EMPTY_FILE_SHA256, size: 0 } };
  if (!text.startsWith('version ')) {
    return { ok: false, reason: 'is not a Git LFS pointer: the file content itself was committed' };
  }
  if (!text.endsWith('\n')) return { ok: false, reason: 'LFS pointer does not end with a newline' };
  const values = new Map<string, string>();
  const keys: string[] = [];
  for (const line of text.slice(0, -1).split('\n')) {
    const space = line.indexOf(' ');
    if (space <= 0)
      return { ok: false, reason: `malformed LFS pointer line ${JSON.stringify(line)}` };
    const key = line.slice(0, space);
    if (values.has(key)) return { ok: false, reason: `LFS pointer repeats "${key}"` };
    keys.push(key);
    values.set(key, line.slice(space + 1));
  }
  if (!SPEC_URLS.has(values.get('version') ?? '')) {
    return {
      ok: false,
      reason: `unknown LFS pointer version ${JSON.stringify(values.get('version'))}`,
    };
  }
  const rest = keys.slice(1);
  if (rest.join('\n') !== [...rest].sort().join('\n')) {
    return { ok: false, reason: 'LFS pointer keys are not in order' };
  }
  const oid = /^sha256:([0-9a-f]{64})$/.exec(values.get('oid') ?? '');
  if (!oid?.[1]) return { ok: false, reason: 'LFS pointer has no valid "oid sha256:<64 hex>"' };
  const sizeText = values.get('size') ?? '';
  // Sixteen digits pass the pattern, but past 2^53 a number is not exact: 9007199254740993
  // would silently read as ...992, and size checks would compare a different number.
  if (!/^(0|[1-9]\d{0,15})$/.test(sizeText) || !Number.isSafeInteger(Number(sizeText))) {
    return {
      ok: false,
      reason: `LFS pointer size ${JSON.stringify(sizeText)} is not a byte count`,
    };
  }
  return { ok: true, pointer: { sha256: oid[1], size: Number(sizeText) } };
}

export function formatLfsPointer(pointer: LfsPointer): string {
  if (pointer.size === 0) return '';
  return `version https://git-lfs.github.com/spec/v1\noid sha256:${pointer.sha256}\nsize ${pointer.size}\n`;
}
