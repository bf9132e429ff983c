import { afterEach, describe, expect, it, vi } from 'vitest';
import { handOver, takeHandedFile } from './handoff';

const file = (id: string) => ({ id, name: `${id}.xlsx`, sha256: 'ab'.repeat(32), content: Buffer.from(id) });

describe('upload hand-off to a task of the same process', () => {
  afterEach(() => vi.useRealTimers());

  it('gives an upload to the first taker only', () => {
    handOver(file('f1'));
    expect(takeHandedFile('f1')?.content.toString()).toBe('f1');
    expect(takeHandedFile('f1')).toBeNull();
    expect(takeHandedFile('never-handed')).toBeNull();
  });

  it('drops an upload no task took within two minutes', () => {
    vi.useFakeTimers();
    handOver(file('f2'));
    vi.advanceTimersByTime(119_000);
    handOver(file('f3'));
    vi.advanceTimersByTime(2_000);
    expect(takeHandedFile('f2')).toBeNull();
    expect(takeHandedFile('f3')?.name).toBe('f3.xlsx');
  });
});
