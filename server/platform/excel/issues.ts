import type { ErrorDetail } from '../errors';
import { columnLetter } from './columns';

/** One problem found in a data row. `columnIndex` is 0 for whole-row problems. */
export interface CellIssue {
  row: number;
  columnIndex: number;
  header: string;
  message: string;
}

export interface RowProblems {
  /** Column indexes to paint red. */
  cells: Set<number>;
  /** Text for the 错误说明 column. */
  text: string;
}

const detailLimit = 200;
const rowTextLimit = 1000;
/** Rows explained in the error report; past this a file is almost surely the wrong template. */
export const reportedRowLimit = 20_000;

export const describeColumn = (header: string, columnIndex: number) =>
  columnIndex ? `${header}（${columnLetter(columnIndex)} 列）` : header;

/**
 * Every problem of an import, kept compactly: per-row text for the error report (bounded per row)
 * and the first problems in full for the API response.
 */
export class IssueLog {
  readonly byRow = new Map<number, RowProblems>();
  readonly details: ErrorDetail[] = [];
  private readonly badRows = new Set<number>();
  count = 0;

  add(issue: CellIssue): void {
    this.count++;
    this.badRows.add(issue.row);
    if (this.details.length < detailLimit) {
      this.details.push({ row: issue.row, column: describeColumn(issue.header, issue.columnIndex), message: issue.message });
    }
    if (this.byRow.size >= reportedRowLimit && !this.byRow.has(issue.row)) return;
    const where = issue.columnIndex ? `${columnLetter(issue.columnIndex)} 列“${issue.header}”` : issue.header ? `“${issue.header}”` : '';
    const line = where ? `${where}：${issue.message}` : issue.message;
    const p = this.byRow.get(issue.row) ?? { cells: new Set<number>(), text: '' };
    if (issue.columnIndex) p.cells.add(issue.columnIndex);
    if (p.text.length < rowTextLimit) p.text = p.text ? `${p.text}；${line}` : line;
    this.byRow.set(issue.row, p);
  }

  get rows(): number {
    return this.badRows.size;
  }

  /** Whether the report explains every bad row. */
  get complete(): boolean {
    return this.byRow.size === this.badRows.size;
  }

  /** The kept details by row (database checks are found after the cell checks of the same rows). */
  sorted(): ErrorDetail[] {
    return [...this.details].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  }

  /** First problems as "第 5 行 C 列“企业名称”：必填项不能为空". */
  sample(n = 3): string {
    return this.sorted().slice(0, n).map((d) => `第 ${d.row} 行 ${d.column ?? ''}：${d.message}`).join('；');
  }
}
