import { describe, expect, it } from 'vitest';
import { batchAdvanceProblem, entriesEditable, entryOutcomeProblem, nextBatchStatus } from './batches';

describe('batch status machine 推荐 → 专家评审 → 公示 → 认定', () => {
  it('moves one step forward at a time and ends at 认定', () => {
    expect(nextBatchStatus('recommending')).toBe('expert_review');
    expect(nextBatchStatus('recognised')).toBeNull();
    expect(batchAdvanceProblem('recommending', 'expert_review')).toBeNull();
    expect(batchAdvanceProblem('expert_review', 'publicity')).toBeNull();
    expect(batchAdvanceProblem('publicity', 'recognised')).toBeNull();
  });

  it('refuses skipping, going back and moving after the end', () => {
    expect(batchAdvanceProblem('recommending', 'publicity')).toMatch(/专家评审/);
    expect(batchAdvanceProblem('publicity', 'expert_review')).toMatch(/认定/);
    expect(batchAdvanceProblem('recognised', 'recognised')).toMatch(/已结束/);
  });

  it('accepts new entries only while recommending', () => {
    expect(entriesEditable('recommending')).toBe(true);
    expect(entriesEditable('expert_review')).toBe(false);
  });
});

describe('entry outcomes', () => {
  it('follow the batch stage one step at a time', () => {
    expect(entryOutcomeProblem('recommending', 'recommended', 'passed_review')).toMatch(/专家评审.*阶段后/);
    expect(entryOutcomeProblem('expert_review', 'recommended', 'passed_review')).toBeNull();
    expect(entryOutcomeProblem('expert_review', 'passed_review', 'publicised')).toMatch(/公示.*阶段后/);
    expect(entryOutcomeProblem('publicity', 'passed_review', 'publicised')).toBeNull();
    expect(entryOutcomeProblem('publicity', 'publicised', 'recognised')).toMatch(/认定.*阶段后/);
    expect(entryOutcomeProblem('recognised', 'publicised', 'recognised')).toBeNull();
  });

  it('refuse skipping a step even when the batch is further on', () => {
    expect(entryOutcomeProblem('recognised', 'recommended', 'recognised')).toMatch(/只能从/);
  });

  it('allow 未通过 at any open step and nothing after a final outcome', () => {
    expect(entryOutcomeProblem('recommending', 'recommended', 'rejected')).toBeNull();
    expect(entryOutcomeProblem('publicity', 'publicised', 'rejected')).toBeNull();
    expect(entryOutcomeProblem('recognised', 'rejected', 'passed_review')).toMatch(/已确定/);
    expect(entryOutcomeProblem('recognised', 'recognised', 'rejected')).toMatch(/已确定/);
  });
});
