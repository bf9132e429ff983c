import { offsetOf } from '../../../platform/http/paging';

export interface Paging { page: number; pageSize: number }

/**
 * One page of a list that is computed in chunks and sorted in memory: counts every item but keeps
 * only the first `page × pageSize` under `compare`, so memory is bounded by the page asked for
 * plus one chunk, not by the size of the region. `compare` must be a total order (end on a unique
 * key) for the page boundaries to be the same whatever the chunk size.
 */
export class PageKeeper<T> {
  private kept: T[] = [];
  /** The last item kept at the last trim: anything not before it cannot reach the page any more. */
  private worst: T | undefined;
  private count = 0;
  private readonly limit: number;

  constructor(private readonly paging: Paging, private readonly compare: (a: T, b: T) => number) {
    this.limit = offsetOf(paging) + paging.pageSize;
  }

  add(items: readonly T[]) {
    this.count += items.length;
    for (const item of items) if (this.worst === undefined || this.compare(item, this.worst) < 0) this.kept.push(item);
    // Trimming only past twice the limit sorts each item O(1) times on average.
    if (this.kept.length > Math.max(2 * this.limit, 4096)) this.trim();
  }

  private trim() {
    this.kept.sort(this.compare);
    if (this.kept.length >= this.limit) {
      this.kept.length = this.limit;
      this.worst = this.kept[this.limit - 1];
    }
  }

  /** The requested page of everything added, and the total. */
  page(): { items: T[]; total: number; page: number; pageSize: number } {
    this.trim();
    return { items: this.kept.slice(offsetOf(this.paging)), total: this.count, page: this.paging.page, pageSize: this.paging.pageSize };
  }
}
