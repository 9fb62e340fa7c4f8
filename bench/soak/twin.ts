/**
 * One registry living through the simulated year: a bare origin with real git and git-lfs, the
 * CI bot's clone where `ingest` and `evaluate` run (the library functions the CLI and the action
 * call), the GitHub stand-in serving the origin, and a person who merges or closes proposals
 * through the stand-in's API. The soak drives two of them in lockstep on the same trades: one
 * clean, one with faults.
 */
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { chmod, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { createSandbox, cloneOrigin, git, type Sandbox } from '../../src/demo/sandbox.js';
import { describeThrown } from '../../src/core/problems.js';
import type { DeploymentState } from '../../src/core/types.js';
import { loadYamlFile } from '../../src/core/yaml-file.js';
import { createGitHubForge } from '../../src/forge/github.js';
import { modelFromAlertBody, type Forge } from '../../src/forge/forge.js';
import { openRepo, readSnapshot, type RegistryRepo } from '../../src/git/repository.js';
import { evaluateRegistry, type EvaluateReport } from '../../src/proposals/evaluate.js';
import { ingestTrades } from '../../src/registry/ingest.js';
import { initRegistry } from '../../src/registry/init.js';
import { verify } from '../../src/registry/queries.js';
import { registerVersion } from '../../src/registry/register.js';
import { promoteVersion } from '../../src/registry/set-production.js';
import { startGitHubStandin, type GitHubStandin } from '../../test/support/github/index.js';
import { parseCatFileBatch, run } from '../git.js';
import {
  humanDecision,
  policyOverrides,
  tradesOfDay,
  versionsOf,
  type ModelPlan,
  type Trade,
} from './scenario.js';

export const OWNER = 'acme';
export const REPO = 'registry';
export const TOKEN = 'ghs_soak-token-0123456789abcdef';
export const BRANCH_PREFIX = 'modelgate/';
/** How long one HTTP exchange may take before the forge retries it (the product's default: 30 s). */
export const REQUEST_TIMEOUT_MS = 2000;
/** Retries after a 5xx, a dropped connection or a timeout (the product's default). */
export const RETRIES = 3;

/** Logs every push; refuses one whose ref is named in `soak-refuse-push`. */
const PRE_RECEIVE = `#!/bin/sh
# Written by bench/soak.
input=$(cat)
printf '%s\\n' "$input" >> soak-pushes.log
if [ -f soak-refuse-push ]; then
  ref=$(cat soak-refuse-push)
  if printf '%s\\n' "$input" | grep -q -F " $ref"; then
    rm -f soak-refuse-push
    printf 'REFUSED %s\\n' "$ref" >> soak-pushes.log
    echo "soak: push to $ref refused (injected fault)" >&2
    exit 1
  fi
fi
exit 0
`;

/**
 * A push whose ref is named in `soak-lose-push` lands, then its answer is lost: once the ref
 * update is committed, the receiving git is killed, so the pusher sees the remote hang up.
 */
const REFERENCE_TRANSACTION = `#!/bin/sh
# Written by bench/soak.
[ "$1" = committed ] || exit 0
[ -f soak-lose-push ] || exit 0
input=$(cat)
ref=$(cat soak-lose-push)
printf '%s\\n' "$input" | grep -q -F " $ref" || exit 0
case "$(cat /proc/$PPID/comm 2>/dev/null)" in *receive-pac*) ;; *) exit 0 ;; esac
rm -f soak-lose-push
printf 'LOST %s\\n' "$ref" >> soak-pushes.log
kill -9 $PPID
`;

export interface RunOutcome {
  ok: boolean;
  /** Why the run failed: a thrown error, or the models that could not be evaluated. */
  errors: string[];
  report?: EvaluateReport;
  ingested: boolean;
  seconds: number;
  /** Of which ingesting the upload (0 when an earlier run had stored it). */
  ingestSeconds: number;
}

/**
 * One call modelgate made to start retraining (`dispatchEvent` or `dispatchWorkflow`, never
 * retried), and what became of it on the stand-in.
 */
export interface DispatchCall {
  day: number;
  model: string;
  /** The retraining episode the payload names (`<version>@<trade>`). */
  episode: string;
  /** The stand-in recorded the dispatch (also when its answer was then lost). */
  performed: boolean;
  /** The call threw. */
  failed: boolean;
  /**
   * The stand-in injected a fault on the call's last request and did not perform it (a 5xx, a
   * 422, a timeout, a rate limit the forge stopped waiting out): the dispatch is expected to be
   * missing, and the alert to say so.
   */
  injectedFailure?: string;
  /** Right after the model's evaluation, its open alert said "start it by hand". */
  alertSaysByHand?: boolean;
  /** And at the end of the day, after any rerun (reported, not checked). */
  stillSaysByHand?: boolean;
}

/** The model and episode a dispatch names: `client_payload` (repository) or `inputs` (workflow). */
export function dispatchIdentity(body: unknown): { model: string; episode: string } {
  const record = (body ?? {}) as {
    client_payload?: { model?: unknown; episode?: unknown };
    inputs?: { model?: string; evidence?: string };
  };
  if (record.client_payload) {
    return {
      model: String(record.client_payload.model),
      episode: String(record.client_payload.episode),
    };
  }
  let evidence: { episode?: unknown } = {};
  try {
    evidence = JSON.parse(record.inputs?.evidence ?? '{}') as { episode?: unknown };
  } catch {
    // Not ours: reported as an unknown episode.
  }
  return { model: String(record.inputs?.model), episode: String(evidence.episode) };
}

export interface SentTrade {
  version: string;
  ret: number;
  arm?: string;
}

export class Twin {
  readonly sent = new Map<string, SentTrade>();
  /** Records uploaded, re-sends included. */
  uploadedRecords = 0;
  resentRecords = 0;
  /** Uploads refused for a reason other than an injected fault, and what made them pass. */
  readonly refusedUploads: { twin: string; day: number; error: string; fix: string }[] = [];
  readonly humanLog: { day: number; number: number; action: 'merge' | 'close'; ok: boolean }[] = [];
  readonly humanClosed = new Set<number>();
  readonly firstSeen = new Map<number, number>();
  readonly saidNo = new Set<string>();
  readonly warnings: string[] = [];
  /** Every call modelgate made to start retraining, and what became of it. */
  readonly dispatchCalls: DispatchCall[] = [];
  uploads = 0;
  private day = 0;
  private previousUpload: string[] = [];
  private pending: string[] = [];
  private readonly human: Octokit;
  private readonly forge: Forge;

  private constructor(
    readonly name: string,
    readonly sandbox: Sandbox,
    readonly bot: string,
    readonly repo: RegistryRepo,
    readonly standin: GitHubStandin,
    private readonly plans: readonly ModelPlan[],
    private readonly options: { perDay: number; start: number; seed: number; inputs: string },
  ) {
    const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
    this.human = new Octokit({
      auth: TOKEN,
      baseUrl: standin.baseUrl,
      log: quiet,
      request: {
        fetch: (input: string | URL | Request, init?: RequestInit) =>
          fetch(input, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS * 2) }),
      },
    });
    this.forge = this.watchDispatches(
      createGitHubForge({
        token: TOKEN,
        owner: OWNER,
        repo: REPO,
        baseUrl: standin.baseUrl,
        baseBranch: 'main',
        remote: 'origin',
        retry: { retries: RETRIES, baseDelayMs: 20 },
        requestTimeoutMs: REQUEST_TIMEOUT_MS,
        paceWrites: false,
        log: { warn: (message) => this.warnings.push(message) },
      }),
    );
  }

  /**
   * The forge as modelgate gets it, with each retraining dispatch recorded: its payload, the
   * stand-in's log of its requests (was a fault injected on the last one?) and whether the
   * stand-in performed it.
   */
  private watchDispatches(forge: Forge): Forge {
    const watch = async (payload: unknown, call: () => Promise<void>): Promise<void> => {
      const { model, episode } = dispatchIdentity(payload);
      const requestsBefore = this.standin.requests.length;
      const dispatchesBefore = this.standin.dispatches.length;
      const record: DispatchCall = {
        day: this.day,
        model,
        episode,
        performed: false,
        failed: false,
      };
      this.dispatchCalls.push(record);
      try {
        await call();
      } catch (thrown) {
        record.failed = true;
        throw thrown;
      } finally {
        record.performed = this.standin.dispatches.length > dispatchesBefore;
        const last = this.standin.requests
          .slice(requestsBefore)
          .filter((r) => r.method === 'POST' && /\/dispatches$/.test(r.path))
          .at(-1);
        if (record.failed && !record.performed && last?.injected) {
          record.injectedFailure =
            last.fault === 'status' ? `injected ${last.status}` : `injected ${last.fault}`;
        }
      }
    };
    return new Proxy(forge, {
      get: (target, property) => {
        if (property === 'dispatchEvent' && target.dispatchEvent) {
          return (eventType: string, payload: Record<string, unknown>) =>
            watch({ client_payload: payload }, () => target.dispatchEvent!(eventType, payload));
        }
        if (property === 'dispatchWorkflow' && target.dispatchWorkflow) {
          return (workflow: string, inputs: Record<string, string>, ref?: string) =>
            watch({ inputs }, () => target.dispatchWorkflow!(workflow, inputs, ref));
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function'
          ? (value as (...a: unknown[]) => unknown).bind(target)
          : value;
      },
    });
  }

  /** The registry every twin starts from: init, the scenario's policy, each model's versions. */
  static async seedOrigin(
    dir: string,
    plans: readonly ModelPlan[],
    start: number,
  ): Promise<string> {
    const sandbox = await createSandbox(dir);
    const clone = await cloneOrigin(sandbox, 'setup');
    const repo = await openRepo(clone, { env: sandbox.env });
    await initRegistry(repo);
    const overrides = policyOverrides(plans);
    if (overrides) {
      const policyFile = join(clone, 'registry/policy.yaml');
      await writeFile(policyFile, (await readFile(policyFile, 'utf8')) + overrides);
      await git(
        ['commit', '--quiet', '--all', '-m', 'policy: the soak scenario'],
        clone,
        sandbox.env,
      );
      await git(['push', '--quiet', 'origin', 'main'], clone, sandbox.env);
    }
    const artifacts = join(dir, 'artifacts');
    await mkdir(artifacts, { recursive: true });
    const registeredAt = new Date(start - 60 * 86_400_000);
    for (const plan of plans) {
      for (const { version, evaluation } of versionsOf(plan)) {
        const file = join(artifacts, `${plan.name}-${version}.onnx`);
        await writeFile(file, `soak model ${plan.name} ${version}\n`.repeat(64));
        await registerVersion(repo, {
          model: plan.name,
          version,
          artifacts: [file],
          evaluation,
          createdBy: 'soak',
          cwd: artifacts,
          now: () => registeredAt,
        });
      }
      await promoteVersion(repo, { model: plan.name, version: 'v1', reason: 'first production' });
      await promoteVersion(repo, { model: plan.name, version: 'v2', reason: 'retrained' });
    }
    const report = await verify(repo, 'HEAD');
    if (report.errors > 0) throw new Error(`the seeded registry does not verify`);
    return sandbox.origin;
  }

  /** A twin whose origin is a copy of `seed` (objects, refs and LFS store). */
  static async create(
    name: string,
    dir: string,
    seedOrigin: string,
    plans: readonly ModelPlan[],
    options: { perDay: number; start: number; seed: number },
  ): Promise<Twin> {
    const sandbox = await createSandbox(dir);
    await rm(sandbox.origin, { recursive: true, force: true });
    await cp(seedOrigin, sandbox.origin, { recursive: true });
    for (const [name, text] of [
      ['pre-receive', PRE_RECEIVE],
      ['reference-transaction', REFERENCE_TRANSACTION],
    ] as const) {
      const hook = join(sandbox.origin, 'hooks', name);
      await writeFile(hook, text);
      await chmod(hook, 0o755);
    }
    await writeFile(join(sandbox.origin, 'soak-pushes.log'), '');
    const bot = await cloneOrigin(sandbox, 'bot');
    const repo = await openRepo(bot, { env: sandbox.env });
    const standin = await startGitHubStandin({
      bareRepo: sandbox.origin,
      env: sandbox.env,
      owner: OWNER,
      repo: REPO,
      token: TOKEN,
    });
    const inputs = join(dir, 'uploads');
    await mkdir(inputs, { recursive: true });
    return new Twin(name, sandbox, bot, repo, standin, plans, { ...options, inputs });
  }

  get pushLog(): string {
    return join(this.sandbox.origin, 'soak-pushes.log');
  }

  /**
   * What the trading system reads each morning: every model's deployment on main, straight
   * from the origin (one `git cat-file --batch`), checked against the deployment schema.
   */
  async deployments(): Promise<Map<string, DeploymentState>> {
    const paths = this.plans.map((p) => `registry/${p.name}/deployment.yaml`);
    const read = await run('git', ['cat-file', '--batch'], {
      cwd: this.sandbox.origin,
      env: this.sandbox.env,
      input: `${paths.map((path) => `main:${path}`).join('\n')}\n`,
    });
    if (read.code !== 0) throw new Error(`reading the deployments failed: ${read.stderr}`);
    const texts = [...parseCatFileBatch(read.stdout).values()];
    const map = new Map<string, DeploymentState>();
    this.plans.forEach((plan, i) => {
      const loaded = loadYamlFile<DeploymentState>(paths[i]!, texts[i] ?? '', 'deployment');
      if (!loaded.ok) throw new Error(`${paths[i]}: ${loaded.problems[0]?.message}`);
      map.set(plan.name, loaded.value);
    });
    return map;
  }

  /** The person's round: merge or close proposals that have been open long enough. */
  async humanRound(day: number): Promise<void> {
    for (const pull of this.standin.pulls) {
      if (pull.state !== 'open' || pull.headOwner !== OWNER) continue;
      if (!pull.head.startsWith(BRANCH_PREFIX)) continue;
      const [, kind = '', model = ''] = pull.head.split('/');
      const plan = this.plans.find((p) => p.name === model);
      if (!plan) continue;
      const age = day - (this.firstSeen.get(pull.number) ?? day);
      const action = humanDecision(plan, kind, day, age, this.saidNo.has(model));
      if (action === 'wait') continue;
      const ok = await this.humanAct(pull.number, action);
      this.humanLog.push({ day, number: pull.number, action, ok });
      if (ok && action === 'close') {
        this.humanClosed.add(pull.number);
        if (kind === 'rollback') this.saidNo.add(model);
      }
    }
  }

  /** Clicks the button, and after an error reloads the page to see whether it happened. */
  private async humanAct(number: number, action: 'merge' | 'close'): Promise<boolean> {
    const done = (): boolean => {
      const pull = this.standin.pulls.find((p) => p.number === number);
      return action === 'merge' ? pull?.merged === true : pull?.state === 'closed';
    };
    for (let attempt = 0; attempt < 6; attempt++) {
      try {
        if (action === 'merge') {
          await this.human.rest.pulls.merge({
            owner: OWNER,
            repo: REPO,
            pull_number: number,
            merge_method: 'merge',
          });
        } else {
          await this.human.rest.pulls.update({
            owner: OWNER,
            repo: REPO,
            pull_number: number,
            state: 'closed',
          });
        }
        return true;
      } catch {
        if (done()) return true;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    return done();
  }

  /**
   * Records the day's trades for every model, routed by the deployment read this morning, and
   * on upload days writes the upload: the trades since the last one, and a tenth of the last
   * upload's sent again (bots resend an overlapping window; the same records must change
   * nothing). Undefined on days without an upload.
   */
  async writeUpload(
    day: number,
    upload: boolean,
  ): Promise<{ file: string; fresh: string[]; resent: string[] } | undefined> {
    const deployments = await this.deployments();
    for (const plan of this.plans) {
      const deployment = deployments.get(plan.name);
      if (!deployment) throw new Error(`${plan.name} has no deployment`);
      for (const trade of tradesOfDay(
        plan,
        deployment,
        day,
        this.options.perDay,
        this.options.start,
        this.options.seed,
      )) {
        this.record(trade);
        this.pending.push(JSON.stringify(trade));
      }
    }
    if (!upload) return undefined;
    const fresh = this.pending;
    const resent = this.previousUpload.filter((_, i) => (i * 7 + day) % 10 === 0);
    this.previousUpload = fresh;
    this.pending = [];
    const file = join(this.options.inputs, `trades-day-${String(day).padStart(3, '0')}.jsonl`);
    await writeFile(file, `${[...fresh, ...resent].join('\n')}\n`);
    this.uploadedRecords += fresh.length + resent.length;
    this.resentRecords += resent.length;
    this.uploads += 1;
    return { file, fresh, resent };
  }

  private record(trade: Trade): void {
    if (this.sent.has(trade.trade_id)) throw new Error(`trade id ${trade.trade_id} sent twice`);
    this.sent.set(trade.trade_id, { version: trade.version, ret: trade.return, arm: trade.arm });
  }

  /**
   * One scheduled run: ingest the day's upload (unless an earlier run stored it), then evaluate.
   * `arm` is called as each model's evaluation starts, so a fault meets the model it was meant
   * for; `onModel` tells the caller where each model's requests begin.
   */
  async run(
    day: number,
    upload: { file: string; fresh: string[] } | undefined,
    state: { ingested: boolean },
    now: Date,
    hooks: { beforeModel?: (index: number) => void } = {},
  ): Promise<RunOutcome> {
    const started = performance.now();
    this.day = day;
    const errors: string[] = [];
    let report: EvaluateReport | undefined;
    let ingestSeconds = 0;
    try {
      if (!state.ingested && upload) {
        await this.ingest(day, upload);
        state.ingested = true;
        ingestSeconds = (performance.now() - started) / 1000;
      }
      hooks.beforeModel?.(0);
      let index = 0;
      report = await evaluateRegistry(this.repo, this.forge, {
        now,
        onModel: (model) => {
          this.noteDispatchFailures(model.model);
          index += 1;
          hooks.beforeModel?.(index);
        },
      });
      for (const model of report.models) {
        if (model.error) errors.push(`${model.model}: ${model.error}`);
      }
    } catch (thrown) {
      errors.push(describeThrown(thrown));
    }
    return {
      ok: errors.length === 0,
      errors,
      report,
      ingested: state.ingested,
      seconds: (performance.now() - started) / 1000,
      ingestSeconds,
    };
  }

  /**
   * After a model's evaluation: whether its open alert says to start by hand the retraining
   * whose dispatch just failed on an injected fault.
   */
  private noteDispatchFailures(model: string): void {
    for (const call of this.dispatchCalls) {
      if (call.model !== model || !call.injectedFailure || call.alertSaysByHand !== undefined) {
        continue;
      }
      call.alertSaysByHand = this.alertSaysByHand(model);
    }
  }

  /**
   * At the end of a day: whether the alerts of today's failed dispatches still say so (the rerun
   * must not turn it into "requested"); left unknown when the alert closed meanwhile.
   */
  noteDispatchFailuresAtEndOfDay(day: number): void {
    for (const call of this.dispatchCalls) {
      if (call.day === day && call.injectedFailure && this.openAlert(call.model)) {
        call.stillSaysByHand = this.alertSaysByHand(call.model);
      }
    }
  }

  private openAlert(model: string) {
    return this.standin.issues.find(
      (i) => !i.isPullRequest && i.state === 'open' && modelFromAlertBody(i.body) === model,
    );
  }

  private alertSaysByHand(model: string): boolean {
    return /start it by hand/.test(this.openAlert(model)?.body ?? '');
  }

  private async ingest(day: number, upload: { file: string; fresh: string[] }): Promise<void> {
    const shownAs = `trades-day-${day}.jsonl`;
    try {
      await ingestTrades(this.repo, { file: upload.file, shownAs });
    } catch (thrown) {
      const error = describeThrown(thrown);
      // Only a refusal of the upload's content is worked around (a push that failed is retried
      // by the rerun): the bot's operator drops the re-sent records and tries again, and the
      // refusal is reported as a finding.
      if (!/nothing was stored/.test(error)) throw thrown;
      const retry = `${upload.file}.fresh`;
      await writeFile(retry, `${upload.fresh.join('\n')}\n`);
      await ingestTrades(this.repo, { file: retry, shownAs: `${shownAs} (re-sends dropped)` });
      this.refusedUploads.push({
        twin: this.name,
        day,
        error,
        fix: 'accepted without the re-sent records',
      });
      await rm(retry, { force: true });
    }
  }

  /** Notes the day each pull request was first seen, for the person's "open for n days". */
  noteOpen(day: number): void {
    for (const pull of this.standin.pulls) {
      if (!this.firstSeen.has(pull.number)) this.firstSeen.set(pull.number, day);
    }
  }

  /** Pushes the origin's hooks logged between two offsets of their log. */
  async pushesBetween(
    from: number,
    to: number,
  ): Promise<{ ref: string; deletion: boolean; fault?: 'refused' | 'lost' }[]> {
    const text = (await readFile(this.pushLog)).subarray(from, to).toString('utf8');
    const pushes: { ref: string; deletion: boolean; fault?: 'refused' | 'lost' }[] = [];
    for (const line of text.split('\n')) {
      const fault = /^(REFUSED|LOST) (\S+)$/.exec(line);
      if (fault) {
        pushes.push({
          ref: fault[2]!,
          deletion: false,
          fault: fault[1] === 'LOST' ? 'lost' : 'refused',
        });
        continue;
      }
      const parts = line.split(' ');
      if (parts.length !== 3) continue;
      pushes.push({ ref: parts[2]!, deletion: /^0+$/.test(parts[1]!) });
    }
    return pushes;
  }

  pushOffset(): number {
    return statSync(this.pushLog).size;
  }

  /** The origin refuses, or takes and then loses the answer to, the next push of a ref. */
  armPush(push: { ref: string; lose: boolean } | undefined): boolean {
    const refuse = join(this.sandbox.origin, 'soak-refuse-push');
    const lose = join(this.sandbox.origin, 'soak-lose-push');
    const armed = existsSync(refuse) || existsSync(lose);
    rmSync(refuse, { force: true });
    rmSync(lose, { force: true });
    if (push) writeFileSync(push.lose ? lose : refuse, push.ref);
    return armed;
  }

  /** Every branch under modelgate/ on the origin. */
  async originBranches(): Promise<string[]> {
    const refs = await git(
      ['for-each-ref', '--format=%(refname:short)', `refs/heads/${BRANCH_PREFIX}`],
      this.sandbox.origin,
      this.sandbox.env,
    );
    return refs.split('\n').filter(Boolean);
  }

  /**
   * Each proposal branch without an open pull request, and why it is there: the newest PR on it
   * was closed by a person (GitHub keeps the branch), or something that should not happen.
   */
  async branchesWithoutOpenPull(): Promise<{ branch: string; why: string }[]> {
    const found: { branch: string; why: string }[] = [];
    const pulls = this.standin.pulls.filter((p) => p.headOwner === OWNER);
    for (const branch of await this.originBranches()) {
      const mine = pulls.filter((p) => p.head === branch).sort((a, b) => b.number - a.number);
      if (mine.some((p) => p.state === 'open')) continue;
      const newest = mine[0];
      const why = !newest
        ? 'no pull request was ever opened for it'
        : newest.merged
          ? `#${newest.number} was merged and the branch was not tidied`
          : this.humanClosed.has(newest.number)
            ? `#${newest.number} was closed by a person`
            : `#${newest.number} was closed by modelgate and the branch was not deleted`;
      found.push({ branch, why });
    }
    return found;
  }

  /** Every trade stored on origin/main: id → where it is stored and how often. */
  async storedTrades(): Promise<
    Map<string, { version: string; ret: number; arm?: string; n: number }>
  > {
    await git(['fetch', '--quiet', 'origin'], this.bot, this.sandbox.env);
    const { snapshot } = await readSnapshot(this.repo, 'origin/main');
    const blobs: string[] = [];
    for (const model of snapshot.models.values()) {
      for (const version of model.versions.values()) {
        for (const file of version.tradeFiles.values()) blobs.push(file.blob);
      }
    }
    const texts = await this.repo.git.readBlobs(blobs);
    const stored = new Map<string, { version: string; ret: number; arm?: string; n: number }>();
    for (const blob of blobs) {
      for (const line of (texts.get(blob)?.toString('utf8') ?? '').split('\n')) {
        if (!line) continue;
        const trade = JSON.parse(line) as Trade;
        const seen = stored.get(trade.trade_id);
        if (seen) seen.n += 1;
        else
          stored.set(trade.trade_id, {
            version: trade.version,
            ret: trade.return,
            arm: trade.arm,
            n: 1,
          });
      }
    }
    return stored;
  }

  /** `verify` on origin/main and on the head of every open pull request. */
  async verifyAll(): Promise<{ main: number; heads: number; errors: string[] }> {
    await git(['fetch', '--quiet', 'origin'], this.bot, this.sandbox.env);
    const errors: string[] = [];
    const main = await verify(this.repo, 'origin/main');
    for (const p of main.problems) if (p.severity === 'error') errors.push(`main: ${p.message}`);
    let heads = 0;
    for (const pull of this.standin.pulls) {
      if (pull.state !== 'open') continue;
      await git(['fetch', '--quiet', 'origin', pull.head], this.bot, this.sandbox.env);
      const report = await verify(this.repo, 'FETCH_HEAD');
      heads += 1;
      for (const p of report.problems) {
        if (p.severity === 'error') errors.push(`#${pull.number} ${pull.head}: ${p.message}`);
      }
    }
    return { main: main.errors, heads, errors };
  }

  /** Production version per model on main. */
  async production(): Promise<Map<string, string | null>> {
    const map = new Map<string, string | null>();
    for (const [name, deployment] of await this.deployments()) map.set(name, deployment.production);
    return map;
  }

  async close(): Promise<void> {
    await this.standin.close();
  }
}
