import { createReadStream } from 'node:fs';
import { appendFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { formatCommitMessage } from '../core/commit-message.js';
import { IdDayTable } from '../core/trades/id-day-table.js';
import { tradesPath } from '../core/layout.js';
import { firstInvalidUtf8 } from '../core/utf8.js';
import { ModelgateError, type Problem } from '../core/problems.js';
import type { LoadedSnapshot, RegistryRepo } from '../git/repository.js';
import { commitToRegistry, type CommitOptions, type FileWrite } from '../git/registry-writer.js';
import {
  createTradeFileParser,
  detectTradeFileFormat,
  type TradeFileFormat,
} from '../core/trades/parsers.js';
import {
  canonicalTradeLine,
  checkTrade,
  compareTrades,
  describeTradeDifference,
  sameTrade,
  tradeDay,
  type TradeRecord,
} from '../core/trades/trade-record.js';

export interface IngestInput {
  /** Absolute path of the uploaded file. */
  file: string;
  /** How to name the file in messages (as the user gave it). */
  shownAs: string;
  /** Store the valid records and list the invalid ones, instead of rejecting the file. */
  skipInvalid?: boolean;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

export interface IngestReport {
  commit?: string;
  unchanged: boolean;
  format: TradeFileFormat;
  received: number;
  stored: number;
  alreadyStored: number;
  skipped: Problem[];
  versions: { model: string; version: string; stored: number; days: string[] }[];
  warnings: string[];
}

/** Problems listed in full before the rest is only counted: an error must stay readable. */
const MAX_LISTED_PROBLEMS = 50;

interface DayGroup {
  model: string;
  version: string;
  day: string;
  /** Scratch file of `<upload line>\t<canonical json>` lines. */
  scratch: string;
  count: number;
  /** A/B arms the group's trades name, checked against the running test. */
  arms: Set<'control' | 'candidate'>;
}

/**
 * Stores the trades of an uploaded file in the registry: every record validated, duplicates
 * recognised by trade id, conflicts refused, one commit, pushed with fetch-and-retry.
 */
export async function ingestTrades(
  repo: RegistryRepo,
  input: IngestInput,
  options: CommitOptions = {},
): Promise<IngestReport> {
  const scratchDir = await mkdtemp(join(tmpdir(), 'modelgate-ingest-'));
  try {
    const upload = await readUpload(input, scratchDir);
    const result = await commitToRegistry(
      repo,
      (base) => planIngest(repo, base, upload, input),
      options,
    );
    return {
      ...result.plan.report,
      commit: result.unchanged ? undefined : result.commit,
      unchanged: result.unchanged,
      warnings: result.warnings,
    };
  } finally {
    await rm(scratchDir, { recursive: true, force: true });
  }
}

interface Upload {
  format: TradeFileFormat;
  received: number;
  groups: Map<string, DayGroup>;
  invalid: Problem[];
  invalidCount: number;
}

async function readUpload(input: IngestInput, scratchDir: string): Promise<Upload> {
  const info = await stat(input.file).catch(() => undefined);
  if (!info?.isFile()) throw new ModelgateError(`${input.shownAs}: no such file`);
  const groups = new Map<string, DayGroup>();
  const invalid: Problem[] = [];
  let invalidCount = 0;
  let received = 0;
  const pending = new Map<string, string[]>();
  let pendingBytes = 0;
  // Ids seen so far, hashed to small integers to keep memory small; a repeat on another day is
  // checked exactly afterwards (it may be a hash collision rather than a conflict).
  const seenDay = new IdDayTable();
  const suspects = new Set<string>();

  const flush = async (): Promise<void> => {
    for (const [key, lines] of pending) await appendFile(groups.get(key)!.scratch, lines.join(''));
    pending.clear();
    pendingBytes = 0;
  };
  const addInvalid = (line: number, problems: { field?: string; message: string }[]): void => {
    invalidCount++;
    for (const problem of problems) {
      if (invalid.length < MAX_LISTED_PROBLEMS) {
        invalid.push({
          file: input.shownAs,
          line,
          field: problem.field,
          message: problem.message,
          severity: 'error',
        });
      }
    }
  };

  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let parser: ReturnType<typeof createTradeFileParser> | undefined;
  let format: TradeFileFormat = 'jsonl';
  let bytesRead = 0;
  const take = async (rows: ReturnType<NonNullable<typeof parser>['push']>): Promise<void> => {
    for (const row of rows) {
      if ('error' in row) {
        addInvalid(row.line, [{ message: row.error }]);
        continue;
      }
      received++;
      const checked = checkTrade(row.value);
      if (!checked.ok) {
        addInvalid(row.line, checked.problems);
        continue;
      }
      const trade = checked.trade;
      const day = tradeDay(trade);
      const key = `${trade.model}/${trade.version}/${day}`;
      let group = groups.get(key);
      if (!group) {
        group = {
          model: trade.model,
          version: trade.version,
          day,
          scratch: join(scratchDir, `${groups.size}.jsonl`),
          count: 0,
          arms: new Set(),
        };
        groups.set(key, group);
        await writeFile(group.scratch, '');
      }
      group.count++;
      if (trade.arm) group.arms.add(trade.arm);
      const idHash = hashId(trade.model, trade.version, trade.trade_id);
      const dayNumber = Date.parse(`${day}T00:00:00Z`) / 86_400_000;
      const earlier = seenDay.remember(idHash, dayNumber);
      if (earlier !== undefined && earlier !== dayNumber)
        suspects.add(`${trade.model}/${trade.version}/${trade.trade_id}`);
      const line = `${row.line}\t${canonicalTradeLine(trade)}\n`;
      let lines = pending.get(key);
      if (!lines) pending.set(key, (lines = []));
      lines.push(line);
      pendingBytes += line.length;
      if (pendingBytes > 16 * 1024 * 1024) await flush();
    }
  };

  // Lines before the current chunk, so an encoding error can name its line like any other.
  let linesBefore = 0;
  for await (const chunk of createReadStream(input.file, { highWaterMark: 1024 * 1024 })) {
    const bytes = chunk as Buffer;
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      const offset = firstInvalidUtf8(bytes);
      const line = linesBefore + countNewlines(bytes, offset < 0 ? bytes.length : offset) + 1;
      throw new ModelgateError(
        `${input.shownAs}:${line}: not UTF-8 text (invalid bytes${offset < 0 ? ` within the first ${bytesRead + bytes.length} bytes` : ` at byte ${bytesRead + offset + 1}`}); nothing was stored`,
      );
    }
    linesBefore += countNewlines(bytes, bytes.length);
    if (!parser) {
      format = detectTradeFileFormat(input.file, text);
      parser = createTradeFileParser(format);
    }
    await take(parser.push(text));
    bytesRead += bytes.length;
    input.onProgress?.(bytesRead, info.size);
  }
  try {
    const rest = decoder.decode();
    if (parser && rest) await take(parser.push(rest));
  } catch {
    throw new ModelgateError(
      `${input.shownAs}: not UTF-8 text (the file ends inside a character); nothing was stored`,
    );
  }
  if (!parser) throw new ModelgateError(`${input.shownAs}: the file is empty; nothing was stored`);
  await take(parser.end());
  await flush();
  if (suspects.size > 0) await refuseConflictsWithinUpload(input.shownAs, groups, suspects);
  if (received === 0 && invalidCount === 0) {
    throw new ModelgateError(`${input.shownAs}: no trades in the file; nothing was stored`);
  }
  return { format, received, groups, invalid, invalidCount };
}

/** 31-bit FNV-1a: small integers keep a map of millions of ids within memory. */
function hashId(model: string, version: string, id: string): number {
  let hash = 0x811c9dc5;
  const text = `${model}\u0000${version}\u0000${id}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash & 0x7fffffff;
}

async function refuseConflictsWithinUpload(
  shownAs: string,
  groups: Map<string, DayGroup>,
  suspects: Set<string>,
): Promise<void> {
  const seen = new Map<string, { line: number; trade: TradeRecord }>();
  const problems: Problem[] = [];
  for (const group of groups.values()) {
    for (const { line, trade } of await readScratch(group)) {
      const key = `${trade.model}/${trade.version}/${trade.trade_id}`;
      if (!suspects.has(key)) continue;
      const first = seen.get(key);
      if (!first) seen.set(key, { line, trade });
      else if (!sameTrade(first.trade, trade)) {
        problems.push({
          file: shownAs,
          line,
          field: 'trade_id',
          message: `trade ${trade.trade_id} of ${trade.model} ${trade.version} also appears on line ${first.line} with different content (${describeTradeDifference(first.trade, trade)})`,
          severity: 'error',
        });
      }
    }
  }
  if (problems.length > 0) {
    throw new ModelgateError(
      `${shownAs}: conflicting records for the same trade id; nothing was stored`,
      problems.slice(0, MAX_LISTED_PROBLEMS),
    );
  }
}

async function readScratch(group: DayGroup): Promise<{ line: number; trade: TradeRecord }[]> {
  const text = await readFile(group.scratch, 'utf8');
  const rows: { line: number; trade: TradeRecord }[] = [];
  for (const raw of text.split('\n')) {
    if (!raw) continue;
    const tab = raw.indexOf('\t');
    rows.push({
      line: Number(raw.slice(0, tab)),
      trade: JSON.parse(raw.slice(tab + 1)) as TradeRecord,
    });
  }
  return rows;
}

interface IngestPlan {
  writes: FileWrite[];
  message: string;
  report: Omit<IngestReport, 'commit' | 'unchanged' | 'warnings'>;
}

async function planIngest(
  repo: RegistryRepo,
  base: LoadedSnapshot,
  upload: Upload,
  input: IngestInput,
): Promise<IngestPlan> {
  const { snapshot } = base;
  if (!snapshot.policyPresent) {
    throw new ModelgateError(
      'this repository is not a modelgate registry yet: run `modelgate init` first',
    );
  }
  const skipped = [...upload.invalid];
  let skippedCount = upload.invalidCount;
  const usable: DayGroup[] = [];
  for (const group of upload.groups.values()) {
    const version = snapshot.models.get(group.model)?.versions.get(group.version);
    const why = !snapshot.models.has(group.model)
      ? `no model named ${group.model} in the registry`
      : !version?.manifest
        ? `${group.model} has no version ${group.version}`
        : version.manifest.status === 'deleted'
          ? `${group.model} ${group.version} is deleted`
          : undefined;
    if (!why) {
      usable.push(group);
      continue;
    }
    for (const { line } of await readScratch(group)) {
      skippedCount++;
      if (skipped.length < MAX_LISTED_PROBLEMS) {
        skipped.push({
          file: input.shownAs,
          line,
          field: 'version',
          message: `trade for an unknown version: ${why}`,
          severity: 'error',
        });
      }
    }
  }
  if (skippedCount > 0 && !input.skipInvalid) {
    const more =
      skippedCount > skipped.length
        ? ` (${skippedCount} records in all; the first ${skipped.length} are listed)`
        : '';
    throw new ModelgateError(
      `${input.shownAs}: ${skippedCount} invalid record${skippedCount === 1 ? '' : 's'}${more}; nothing was stored (use --skip-invalid to store the valid ones)`,
      skipped,
    );
  }
  await refuseArmsNotRunning(repo, base, usable, input.shownAs);
  await refuseConflictsWithStoredDays(repo, base, usable, input.shownAs);

  const mergedDays: { path: string; file: string; size: number }[] = [];
  const conflicts: Problem[] = [];
  const perVersion = new Map<
    string,
    { model: string; version: string; stored: number; days: string[] }
  >();
  let stored = 0;
  let alreadyStored = 0;
  for (const group of usable) {
    const path = tradesPath(group.model, group.version, group.day);
    const byId = await storedTrades(repo, base, group);
    let added = 0;
    for (const { line, trade } of await readScratch(group)) {
      const known = byId.get(trade.trade_id);
      if (!known) {
        byId.set(trade.trade_id, trade);
        added++;
      } else if (sameTrade(known, trade)) {
        alreadyStored++;
      } else {
        conflicts.push({
          file: input.shownAs,
          line,
          field: 'trade_id',
          message: `trade ${trade.trade_id} of ${trade.model} ${trade.version} is already stored with different content (${describeTradeDifference(known, trade)})`,
          severity: 'error',
        });
      }
    }
    if (added === 0) continue;
    stored += added;
    const text = `${[...byId.values()].sort(compareTrades).map(canonicalTradeLine).join('\n')}\n`;
    // Written to disk and stored in one git process for all days: one process per day was most
    // of the time of a large upload.
    const merged = `${group.scratch}.merged`;
    await writeFile(merged, text);
    mergedDays.push({ path, file: merged, size: Buffer.byteLength(text) });
    const key = `${group.model} ${group.version}`;
    const entry = perVersion.get(key) ?? {
      model: group.model,
      version: group.version,
      stored: 0,
      days: [],
    };
    entry.stored += added;
    entry.days.push(group.day);
    perVersion.set(key, entry);
  }
  if (conflicts.length > 0) {
    throw new ModelgateError(
      `${input.shownAs}: trades already stored with different content; nothing was stored`,
      conflicts.slice(0, MAX_LISTED_PROBLEMS),
    );
  }
  const blobs = await repo.git.hashFiles(mergedDays.map((day) => day.file));
  const writes: FileWrite[] = mergedDays.map((day, index) => ({
    path: day.path,
    blob: blobs[index]!,
    size: day.size,
  }));

  const versions = [...perVersion.values()].map((v) => ({ ...v, days: v.days.sort() }));
  const report = {
    format: upload.format,
    received: upload.received,
    stored,
    alreadyStored,
    skipped: input.skipInvalid ? skipped : [],
    versions,
  };
  return { writes, report, message: ingestMessage(input, report, skippedCount) };
}

/** A trade id stored on another day than the upload says is a different trade: a conflict. */
/**
 * A trade routed to an A/B arm must belong to that arm of the model's running test: otherwise
 * the test would be judged on trades it never routed. Not skippable: it means the trading
 * system and the registry disagree about what is running.
 */
async function refuseArmsNotRunning(
  repo: RegistryRepo,
  base: LoadedSnapshot,
  groups: DayGroup[],
  shownAs: string,
): Promise<void> {
  const problems: Problem[] = [];
  for (const group of groups) {
    if (group.arms.size === 0) continue;
    const test = base.snapshot.models.get(group.model)?.deployment?.ab_test;
    const whyNot = (arm: 'control' | 'candidate'): string | undefined =>
      !test
        ? `arm "${arm}", but no A/B test is running for ${group.model} (trades of a test that has ended go without an arm)`
        : test[arm] !== group.version
          ? `arm "${arm}", but the ${arm} of ${group.model}'s running test is ${test[arm]}, not ${group.version}`
          : undefined;
    if ([...group.arms].every((arm) => whyNot(arm) === undefined)) continue;
    // A trade stored while its test ran may come again after it ended (a bot re-sending its
    // last upload): already stored as it is, it is no news, and no reason to refuse the rest.
    const stored = await storedTrades(repo, base, group);
    for (const { line, trade } of await readScratch(group)) {
      const known = stored.get(trade.trade_id);
      const why = trade.arm && !(known && sameTrade(known, trade)) ? whyNot(trade.arm) : undefined;
      if (why && problems.length < MAX_LISTED_PROBLEMS)
        problems.push({ file: shownAs, line, field: 'arm', message: why, severity: 'error' });
    }
  }
  if (problems.length > 0) {
    throw new ModelgateError(
      `${shownAs}: trades name an A/B arm that is not running; nothing was stored`,
      problems,
    );
  }
}

/** The trades stored for one group's version and day, by id. */
async function storedTrades(
  repo: RegistryRepo,
  base: LoadedSnapshot,
  group: DayGroup,
): Promise<Map<string, TradeRecord>> {
  const byId = new Map<string, TradeRecord>();
  const existing = base.snapshot.models
    .get(group.model)
    ?.versions.get(group.version)
    ?.tradeFiles.get(group.day);
  if (!existing) return byId;
  const text =
    (await repo.git.readBlobs([existing.blob])).get(existing.blob)?.toString('utf8') ?? '';
  for (const line of text.split('\n')) {
    if (!line) continue;
    const trade = JSON.parse(line) as TradeRecord;
    byId.set(trade.trade_id, trade);
  }
  return byId;
}

async function refuseConflictsWithStoredDays(
  repo: RegistryRepo,
  base: LoadedSnapshot,
  groups: DayGroup[],
  shownAs: string,
): Promise<void> {
  if (!base.commit || groups.length === 0) return;
  // Per version: the stored days the upload does not touch. Only those can hold a conflict the
  // day-by-day merge would not see.
  const untouched = new Map<string, { model: string; version: string; days: Set<string> }>();
  for (const group of groups) {
    const version = base.snapshot.models.get(group.model)?.versions.get(group.version);
    if (!version || version.tradeFiles.size === 0) continue;
    const key = `${group.model}/${group.version}`;
    if (!untouched.has(key)) {
      untouched.set(key, {
        model: group.model,
        version: group.version,
        days: new Set(version.tradeFiles.keys()),
      });
    }
    untouched.get(key)!.days.delete(group.day);
  }
  const searched = [...untouched.values()].filter((v) => v.days.size > 0);
  if (searched.length === 0) return;
  const searchedKeys = new Set(searched.map((v) => `${v.model}/${v.version}`));
  const patternFile = join(tmpdir(), `modelgate-ids-${process.pid}-${Date.now()}`);
  try {
    await writeFile(patternFile, '');
    for (const group of groups) {
      if (!searchedKeys.has(`${group.model}/${group.version}`)) continue;
      // Stored lines start with the id, so this prefix cannot match inside another field.
      const rows = await readScratch(group);
      await appendFile(
        patternFile,
        rows.map((row) => `{"trade_id":${JSON.stringify(row.trade.trade_id)},\n`).join(''),
      );
    }
    const pathspecs = searched.flatMap((v) =>
      [...v.days].map((day) => tradesPath(v.model, v.version, day)),
    );
    const hits = new Map<string, { path: string; stored: TradeRecord }>();
    // In batches: years of day files would overflow the command line in one call.
    for (let start = 0; start < pathspecs.length; start += 2000) {
      const batch = pathspecs.slice(start, start + 2000);
      const result = await repo.git.attempt([
        'grep',
        '--no-color',
        '-F',
        '-f',
        patternFile,
        base.commit,
        '--',
        ...batch,
      ]);
      if (!result.ok && result.stderr)
        throw new ModelgateError(`git grep failed: ${result.stderr}`);
      for (const hit of result.stdout.split('\n')) {
        if (!hit) continue;
        // "<commit>:<path>:<line>"; the path has no ":" (names are checked), the line may.
        const afterCommit = hit.slice(base.commit.length + 1);
        const path = afterCommit.slice(0, afterCommit.indexOf(':'));
        const stored = JSON.parse(afterCommit.slice(path.length + 1)) as TradeRecord;
        hits.set(`${stored.model}/${stored.version}/${stored.trade_id}`, { path, stored });
      }
    }
    if (hits.size === 0) return;
    const problems: Problem[] = [];
    for (const group of groups) {
      for (const row of await readScratch(group)) {
        const hit = hits.get(`${row.trade.model}/${row.trade.version}/${row.trade.trade_id}`);
        if (!hit || tradeDay(hit.stored) === group.day) continue;
        problems.push({
          file: shownAs,
          line: row.line,
          field: 'trade_id',
          message: `trade ${hit.stored.trade_id} of ${hit.stored.model} ${hit.stored.version} is already stored in ${hit.path} with different content (${describeTradeDifference(hit.stored, row.trade)})`,
          severity: 'error',
        });
      }
    }
    if (problems.length > 0) {
      problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
      throw new ModelgateError(
        `${shownAs}: trades already stored with different content; nothing was stored`,
        problems.slice(0, MAX_LISTED_PROBLEMS),
      );
    }
  } finally {
    await rm(patternFile, { force: true });
  }
}

function ingestMessage(
  input: IngestInput,
  report: IngestPlan['report'],
  skippedCount: number,
): string {
  const models = [...new Set(report.versions.map((v) => v.model))];
  const only = report.versions.length === 1 ? report.versions[0] : undefined;
  const target = only ? `${only.model} ${only.version}` : `${report.versions.length} versions`;
  const lines = [
    `From ${basename(input.shownAs)}: ${report.stored} new trade${report.stored === 1 ? '' : 's'}, ${report.alreadyStored} already stored${skippedCount ? `, ${skippedCount} invalid skipped` : ''}.`,
    ...report.versions.map(
      (v) =>
        `${v.model} ${v.version}: ${v.stored} new, ${v.days[0]}${v.days.length > 1 ? ` .. ${v.days.at(-1)}` : ''}`,
    ),
  ];
  return formatCommitMessage({
    action: 'ingest',
    subject: `ingest ${report.stored} trade${report.stored === 1 ? '' : 's'} for ${target}`,
    body: lines.join('\n'),
    model: models.length === 1 ? models[0] : undefined,
    version: only?.version,
    reason: `${basename(input.shownAs)}: ${report.stored} new trades`,
  });
}

function countNewlines(bytes: Buffer, end: number): number {
  let count = 0;
  for (let at = bytes.indexOf(10); at >= 0 && at < end; at = bytes.indexOf(10, at + 1)) count++;
  return count;
}
