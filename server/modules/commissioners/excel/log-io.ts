import crypto from 'node:crypto';
import type { z } from 'zod';
import { serviceLogs } from '../../../db/schema/commissioner-work';
import { recordAudit } from '../../../platform/audit/audit';
import { createImportTask, type ExportQuery, type ImportRowIssue, pagedRows } from '../../../platform/excel';
import { exactCount } from '../../../platform/http/total';
import { today } from '../common';
import { type LogCursor, logChunk, logMatching } from '../logs/repo';
import { logQuery } from '../logs/schemas';
import { byCodes } from './lookup';
import { type LogSheetRow, logSheet } from './sheets';

export const logExportFilter = logQuery.omit({ page: true, pageSize: true });
type Filter = z.infer<typeof logExportFilter>;

export const logExport: ExportQuery<Filter, LogSheetRow> = {
  filter: logExportFilter,
  count: (db, scope, f) => exactCount(db, logMatching(db, scope, f)),
  matching: (db, scope, f) => logMatching(db, scope, f),
  async *rows(db, scope, f) {
    const pages = pagedRows((after: LogCursor | null, limit) => logChunk(db, scope, f, after, limit), (r) => ({ date: r.l.serviceDate, id: r.l.id }));
    for await (const r of pages) {
      const l = r.l;
      yield { code: r.cCode, name: r.cName, serviceDate: l.serviceDate, village: l.villageCode, place: l.place, type: l.type, content: l.content,
        beneficiaries: l.beneficiaries, trained: l.trained, varieties: l.varieties, technologies: l.technologies, problemsSolved: l.problemsSolved };
    }
  },
};

/** The same fact typed twice is one log: the draft id of an imported row is a digest of what it says. */
export const importDraftId = (v: LogSheetRow) =>
  `xl-${crypto.createHash('sha256').update([v.code, v.serviceDate, v.type, v.village ?? '', v.place, v.content].join('\u0001')).digest('hex').slice(0, 40)}`;

/** 服务日志 import (paper records): inserted once, a repeated row or file changes nothing. */
export const logImport = createImportTask({
  kind: 'service-logs.import',
  sheet: logSheet,
  async checkBatch(rows, { ctx, scope }) {
    const people = await byCodes(ctx.database.db, scope, rows.map((r) => r.value.code));
    const issues: ImportRowIssue<keyof LogSheetRow & string>[] = [];
    for (const { row, value: v } of rows) {
      const c = people.get(v.code);
      if (!c) issues.push({ row, column: 'code', message: '编号不存在或不在您的管辖范围内' });
      else if (v.village && !v.village.startsWith(c.regionCode)) issues.push({ row, column: 'village', message: '不在该特派员所属科技局的辖区内' });
      if (v.serviceDate > today(ctx)) issues.push({ row, column: 'serviceDate', message: '不能晚于今天' });
    }
    return issues;
  },
  async commitBatch(tx, rows, { ctx, scope, actor }) {
    const people = await byCodes(tx, scope, rows.map((r) => r.value.code));
    const values = rows.map(({ value: v }) => {
      const c = people.get(v.code)!;
      return { regionCode: c.regionCode, commissionerId: c.id, serviceDate: v.serviceDate, villageCode: v.village, place: v.place, type: v.type as 'onsite', content: v.content,
        beneficiaries: v.beneficiaries ?? 0, trained: v.trained ?? 0, varieties: v.varieties ?? 0, technologies: v.technologies ?? 0, problemsSolved: v.problemsSolved ?? 0,
        clientDraftId: importDraftId(v), createdBy: scope.userId };
    });
    const inserted = values.length ? await tx.insert(serviceLogs).values(values).onConflictDoNothing().returning({ id: serviceLogs.id }) : [];
    for (const r of inserted) await recordAudit(tx, actor, { action: 'service_log.create', objectType: 'service_log', objectId: r.id, details: { via: 'excel' } });
    void ctx;
    return { inserted: inserted.length, unchanged: values.length - inserted.length };
  },
});
