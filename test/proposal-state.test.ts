// The proposal engine's memory and judgement: the hidden state block, and when to ask again.
import { describe, expect, it } from 'vitest';
import {
  decideProposalStep,
  materialChange,
  readStateBlock,
  withStateBlock,
  type ProposalState,
} from '../src/core/proposals/state-block.js';

const state: ProposalState = {
  v: 1,
  kind: 'rollback',
  model: 'trader',
  current: 'v5',
  target: 'v4',
  severity: 'critical',
  trades: 500,
  lastAlarmTrade: 420,
  hash: 'abc123',
};
const body = (s: ProposalState): string => withStateBlock('**Critical: roll back.**', s);

describe('the hidden state block', () => {
  it('round-trips, and hostile text cannot close the comment early', () => {
    const hostile = { ...state, model: 'x --> <script>' };
    const text = body(hostile);
    expect(text.match(/-->/g)).toHaveLength(1);
    expect(text).not.toContain('<script>');
    expect(readStateBlock(text)).toEqual(hostile);
  });

  it('a body without one, or with one edited into nonsense, has none', () => {
    expect(readStateBlock('just a PR')).toBeUndefined();
    expect(readStateBlock('<!-- modelgate:state {"v":1,"kind": -->')).toBeUndefined();
    expect(readStateBlock('<!-- modelgate:state {"v":2} -->')).toBeUndefined();
  });
});

describe('material change', () => {
  it('more trades of the same story are not material', () => {
    expect(materialChange(state, { ...state, trades: 900, hash: 'new' }).material).toBe(false);
  });
  it('a new alarm from trades after the proposal, a higher severity or other versions are', () => {
    expect(materialChange(state, { ...state, trades: 900, lastAlarmTrade: 650 })).toMatchObject({
      material: true,
      why: expect.stringContaining('new critical alarm at trade 650') as string,
    });
    expect(materialChange(state, { ...state, severity: 'severe' }).material).toBe(true);
    expect(materialChange(state, { ...state, target: 'v3' }).material).toBe(true);
    expect(materialChange(state, { ...state, current: 'v6' }).material).toBe(true);
    // Severity falling is not a reason to ask again.
    expect(materialChange({ ...state, severity: 'severe' }, state).material).toBe(false);
  });
});

describe('deciding the step', () => {
  const open = { id: '7', state: 'open' as const, closedAt: null, body: body(state) };
  it('nothing yet: open; same hash: leave; new hash: update; cleared: close', () => {
    expect(decideProposalStep({ state }, undefined).step).toBe('open');
    expect(decideProposalStep({ state }, open)).toEqual({
      step: 'leave',
      why: 'same evidence: unchanged',
    });
    expect(decideProposalStep({ state: { ...state, hash: 'other' } }, open).step).toBe('update');
    expect(decideProposalStep({ notWanted: 'v5 recovered' }, open)).toEqual({
      step: 'close',
      why: 'v5 recovered',
    });
  });

  it('a proposal closed unmerged is a no until the evidence changes materially', () => {
    const closed = { ...open, state: 'closed' as const, closedAt: '2026-10-02T10:00:00Z' };
    const again = decideProposalStep({ state: { ...state, trades: 800, hash: 'x' } }, closed);
    expect(again.step).toBe('leave');
    expect(again.why).toMatch(/#7 was closed unmerged on 2026-10-02: a no stands/);
    const fresh = decideProposalStep(
      { state: { ...state, trades: 800, lastAlarmTrade: 760, hash: 'x' } },
      closed,
    );
    expect(fresh.step).toBe('open');
    expect(decideProposalStep({ notWanted: 'healthy' }, closed).step).toBe('leave');
  });
});
