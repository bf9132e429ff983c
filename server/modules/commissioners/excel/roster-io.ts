import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { maskMobile } from '../../../../domain/masking';
import { commissioners } from '../../../db/schema/commissioners';
import { recordAudit } from '../../../platform/audit/audit';
import { createImportTask, type ExportQuery, type ImportRowIssue, pagedRows } from '../../../platform/excel';
import { exactCount } from '../../../platform/http/total';
import { today } from '../common';
import { type RosterCursor, rosterChunk, rosterMatching } from '../roster/repo';
import { listQuery } from '../roster/schemas';
import { type RosterSheetRow, rosterSheet } from './sheets';

type Issue = ImportRowIssue<keyof RosterSheetRow & string>;

export const rosterExportFilter = listQuery.omit({ page: true, pageSize: true });
type RosterExportFilter = z.infer<typeof rosterExportFilter>;

/** The filtered roster in the sheet's shape (phones decrypted here, masked by the exporter). */
export const rosterExport: ExportQuery<RosterExportFilter, RosterSheetRow> = {
  filter: rosterExportFilter,
  count: (db, scope, f, ctx) => exactCount(db, rosterMatching(db, scope, f, today(ctx))),
  matching: (db, scope, f, ctx) => rosterMatching(db, scope, f, today(ctx)),
  async *rows(db, scope, f, ctx) {
    const day = today(ctx);
    const pages = pagedRows((after: RosterCursor | null, limit) => rosterChunk(db, scope, f, day, after, limit), (r) => ({ code: r.c.code, id: r.c.id }));
    for await (const { c } of pages) {
      yield {
        code: c.code, name: c.name, form: c.form, level: c.level, gender: c.gender, field: c.field, speciality: c.speciality, workUnit: c.workUnit,
        title: c.title, isStudent: c.isStudent, phone: c.phoneEnc ? ctx.cipher.decrypt(c.phoneEnc) : null, status: c.status, selectedOn: c.selectedOn,
      };
    }
  },
};

const fields = ['name', 'form', 'level', 'gender', 'field', 'speciality', 'workUnit', 'title', 'isStudent'] as const;

/** 科技特派员名册 import: upsert by code inside the bureau's region, phones encrypted, changes audited per person. */
export const rosterImport = createImportTask({
  kind: 'commissioners.import',
  sheet: rosterSheet,
  async checkBatch(rows, { ctx, scope }) {
    const existing = await ctx.database.db.select({ code: commissioners.code, status: commissioners.status }).from(commissioners)
      .where(and(eq(commissioners.regionCode, scope.regionCode), inArray(commissioners.code, rows.map((r) => r.value.code))));
    const status = new Map(existing.map((e) => [e.code, e.status]));
    const issues: Issue[] = [];
    for (const { row, value: v } of rows) {
      const was = status.get(v.code);
      if (was === 'exited' && v.status !== 'exited') issues.push({ row, column: 'status', message: '该人员已退出，不能通过导入恢复' });
      if (was !== 'exited' && v.status === 'exited') issues.push({ row, column: 'status', message: '退出请在系统中办理（须填写退出日期和原因）' });
      if (was === 'active' && v.status === 'candidate') issues.push({ row, column: 'status', message: '在岗人员不能改回备选库' });
    }
    return issues;
  },
  async commitBatch(tx, rows, { ctx, scope, actor }) {
    const found = await tx.select().from(commissioners)
      .where(and(eq(commissioners.regionCode, scope.regionCode), inArray(commissioners.code, rows.map((r) => r.value.code))));
    const byCode = new Map(found.map((c) => [c.code, c]));
    const counts = { inserted: 0, updated: 0, unchanged: 0 };
    for (const { value: v } of rows) {
      const before = byCode.get(v.code);
      if (!before) {
        const values = { regionCode: scope.regionCode, code: v.code, name: v.name, form: (v.form ?? 'individual') as never, level: v.level as never, gender: v.gender as never,
          field: v.field, speciality: v.speciality, workUnit: v.workUnit, title: v.title, isStudent: v.isStudent ?? false, phoneEnc: ctx.cipher.encryptNullable(v.phone),
          status: v.status as 'active' | 'candidate', selectedOn: v.status === 'active' ? v.selectedOn ?? today(ctx) : null };
        const [row] = await tx.insert(commissioners).values(values).returning({ id: commissioners.id });
        await recordAudit(tx, actor, { action: 'commissioner.create', objectType: 'commissioner', objectId: row!.id, details: { after: { ...values, phoneEnc: undefined, phone: maskMobile(v.phone) }, via: 'excel' } });
        counts.inserted += 1;
        continue;
      }
      const changes: Record<string, unknown> = {};
      for (const k of fields) if (v[k] !== null && v[k] !== before[k]) changes[k] = v[k];
      if (v.phone !== null && (!before.phoneEnc || ctx.cipher.decrypt(before.phoneEnc) !== v.phone)) changes.phone = v.phone;
      if (before.status === 'candidate' && v.status === 'active') Object.assign(changes, { status: 'active', selectedOn: v.selectedOn ?? today(ctx) });
      if (Object.keys(changes).length === 0) {
        counts.unchanged += 1;
        continue;
      }
      const { phone, ...plain } = changes;
      await tx.update(commissioners).set({ ...plain, ...(phone ? { phoneEnc: ctx.cipher.encrypt(String(phone)) } : {}), version: before.version + 1, updatedAt: ctx.now() })
        .where(eq(commissioners.id, before.id));
      const after = { ...plain, ...(phone ? { phone: maskMobile(String(phone)) } : {}) };
      await recordAudit(tx, actor, { action: 'commissioner.update', objectType: 'commissioner', objectId: before.id,
        details: { before: Object.fromEntries(Object.keys(plain).map((k) => [k, before[k as keyof typeof before]])), after, via: 'excel' } });
      counts.updated += 1;
    }
    return counts;
  },
});
