/** How many items of a list share one value of its leading sort key, in list order. */
export interface GroupCount<K> { key: K; n: number }

/** The leading keys a page spans (from and to inclusive), and how many items come before `from`. */
export interface PageSpan<K> { from: K; to: K; before: number }

/**
 * The groups holding the items at positions [offset, offset + size) of a list ordered by a leading
 * key first: only the items of those groups need their remaining order (a name collation the
 * database does not have) computed in the app. Null when the page lies past the end.
 */
export function pageSpan<K>(groups: readonly GroupCount<K>[], offset: number, size: number): PageSpan<K> | null {
  let before = 0;
  let first = -1;
  let beforeFirst = 0;
  for (let i = 0; i < groups.length; i++) {
    const end = before + groups[i]!.n;
    if (first < 0 && end > offset) {
      first = i;
      beforeFirst = before;
    }
    if (first >= 0 && end >= offset + size) return { from: groups[first]!.key, to: groups[i]!.key, before: beforeFirst };
    before = end;
  }
  return first < 0 ? null : { from: groups[first]!.key, to: groups.at(-1)!.key, before: beforeFirst };
}
