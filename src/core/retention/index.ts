/**
 * Storage cleanup, the pure part: how much disk the registry uses, and which versions to propose
 * for deletion. Nothing here deletes anything; the caller turns a plan into a proposal that a
 * person approves. Data in, data out: every number comes from the snapshot's LFS pointers.
 *
 * ## Disk accounting (`usage.ts`)
 *
 * - `usage(snapshot, { models? })`: bytes per version (sum of its LFS pointers), per model (that
 *   sum, and `storedBytes`: its live versions' distinct objects) and in total, plus `cloneBytes`,
 *   what a fresh clone of the branch fetches: every distinct object (by oid) the tree references.
 *   A tombstone (status `deleted`) holds 0 bytes.
 * - `bytesFreedBy(snapshot, versions)`: the bytes of the objects referenced only by those
 *   versions. An object any other file in the tree points at (a kept version, another model)
 *   frees nothing, so the sum of single-version figures can be less than the set's figure.
 * - `indexLfsObjects(snapshot)` builds the oid → size, reference count table once; both take it
 *   as an optional last argument to avoid rescanning the tree.
 *
 * ## Retention plan (`plan.ts`)
 *
 * `planRetention({ snapshot, now, models?, everInProduction?, rollbackTargets? })` decides, per
 * version, `keep`, `candidate` (propose deletion) or `deleted` (already a tombstone), with every
 * reason that applies as a code and a sentence. Policy per model (`effectivePolicy`).
 *
 * Always kept, each a reason: `production`; `ab-control` and `ab-candidate` of the running A/B
 * test; `paper-trading`; `rollback-target` (from `rollbackTargets`, else
 * deployment.previous_production); `top-ranked`, the best `keep_top` by `rank_metric` (higher is
 * better for every rank metric); `recent`, the last `keep_last` live versions by version order;
 * `important`; `young`, created less than `min_age_days` before `now` (or with an unreadable
 * created_at); `no-manifest`, a version whose manifest is missing or invalid.
 *
 * Candidates, only among versions no rule above keeps:
 * - `bottom-ranked`: the worst floor(n × bottom_fraction) by rank metric, where n counts the live
 *   versions that have the metric, and at least 1 once n ≥ 5 (none when the fraction is 0). The
 *   ranking includes kept versions, so a protected version in the bottom shrinks the set rather
 *   than pulling in the next one. Equal scores: the older version ranks lower.
 * - `near-duplicate`: a kept version (by a rule above) with a rank metric at least as good that
 *   agrees within 2% relative (|a − b| ≤ 0.02 × max(|a|, |b|)), win rate within 0.5 percentage
 *   points and max drawdown within 1 point (`NEAR_DUPLICATE_TOLERANCE`).
 * - `outdated-never-production`: before the current production version in version order and not
 *   in `everInProduction`. Without a history for the model the rule is skipped (with a note):
 *   the snapshot alone cannot tell a former production version from one never deployed.
 * A version kept by no rule and matching none is kept: `no-candidate-rule`.
 *
 * Budget: per model, distinct LFS bytes of live versions against `budget.max_size` and live
 * versions against `budget.max_versions`; over when either is exceeded, with the excess, now
 * and after deleting every candidate. Nothing beyond the rules is proposed to meet a budget: the
 * summary says what would still be over. `priority` is 'high' when any model is over now.
 *
 * Output is deterministic: models by name, versions in version order (v2 before v10).
 */
export {
  bytesFreedBy,
  indexLfsObjects,
  usage,
  type DiskUsage,
  type LfsObjectIndex,
  type ModelUsage,
  type UsageOptions,
  type VersionRef,
  type VersionUsage,
} from './usage.js';
export {
  BOTTOM_MINIMUM_FROM,
  bottomCount,
  isCandidate,
  NEAR_DUPLICATE_TOLERANCE,
  planRetention,
  type BudgetCheck,
  type BudgetStatus,
  type CandidatePlan,
  type CandidateReasonCode,
  type KeepReasonCode,
  type ModelPlan,
  type Reason,
  type RetentionDecision,
  type RetentionInput,
  type RetentionPlan,
  type VersionPlan,
} from './plan.js';
