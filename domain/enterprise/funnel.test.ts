import { describe, expect, it } from 'vitest';
import { funnelMoveProblem } from './funnel';

const ok = (from: Parameters<typeof funnelMoveProblem>[0]['from'], to: Parameters<typeof funnelMoveProblem>[0]['to'], hasValidHnte = false) =>
  funnelMoveProblem({ from, to, hasValidHnte });

describe('funnel moves', () => {
  it('let an enterprise enter at any stage below 高企 and move forward, skipping allowed', () => {
    expect(ok(null, 'team')).toBeNull();
    expect(ok(null, 'incubating')).toBeNull();
    expect(ok('team', 'startup')).toBeNull();
    expect(ok('team', 'incubating')).toBeNull();
  });

  it('need a valid HNTE certificate for 高新技术企业, wherever the move starts', () => {
    expect(ok('incubating', 'hnte')).toMatch(/有效期内/);
    expect(ok(null, 'hnte')).toMatch(/有效期内/);
    expect(ok('incubating', 'hnte', true)).toBeNull();
    expect(ok(null, 'hnte', true)).toBeNull();
  });

  it('allow one step back and leaving, but not jumping back', () => {
    expect(ok('hnte', 'incubating')).toBeNull();
    expect(ok('startup', 'team')).toBeNull();
    expect(ok('hnte', 'team')).toMatch(/一个阶段/);
    expect(ok('hnte', null)).toBeNull();
  });

  it('refuse a move to the current stage', () => {
    expect(ok('startup', 'startup')).toMatch(/已处于/);
    expect(ok(null, null)).toMatch(/未入链/);
  });
});
