import { eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { shortVillageName } from '../../../../domain/commissioners/villages';
import { regions } from '../../../db/schema';
import { commissionerAssignments } from '../../../db/schema/commissioners';
import { recordAudit } from '../../../platform/audit/audit';
import { createImportTask, type ExportQuery, type ImportRowIssue, pagedRows } from '../../../platform/excel';
import { exactCount } from '../../../platform/http/total';
import { today } from '../common';
import { type AssignmentCursor, assignmentChunk, assignmentMatching } from '../assignments/repo';
import { assignmentQuery } from '../assignments/schemas';
import { byCodes } from './lookup';
import { type AssignmentSheetRow, assignmentSheet } from './sheets';

export const assignmentExportFilter = assignmentQuery.omit({ page: true, pageSize: true });
type Filter = z.infer<typeof assignmentExportFilter>;

export const assignmentExport: ExportQuery<Filter, AssignmentSheetRow> = {
  filter: assignmentExportFilter,
  count: (db, scope, f, ctx) => exactCount(db, assignmentMatching(db, scope, f, today(ctx))),
  matching: (db, scope, f, ctx) => assignmentMatching(db, scope, f, today(ctx)),
  async *rows(db, scope, f, ctx) {
    const day = today(ctx);
    const cursorOf = (r: { a: { villageCode: string | null; id: string }; cCode: string }) => ({ village: r.a.villageCode ?? '', code: r.cCode, id: r.a.id });
    for await (const r of pagedRows((after: AssignmentCursor | null, limit) => assignmentChunk(db, scope, f, day, after, limit), cursorOf)) {
      yield { code: r.cCode, name: r.cName, targetKind: r.a.targetKind, village: r.a.villageCode, targetName: r.a.villageCode ? null : r.a.targetName,
        startsOn: r.a.startsOn, endsOn: r.a.endsOn, needs: r.a.needs };
    }
  },
};

const key = (commissionerId: string, v: { village: string | null; targetName: string | null; startsOn: string }) => `${commissionerId}|${v.village ?? ''}|${v.village ? '' : v.targetName}|${v.startsOn}`;

/** 派驻 import: new assignments for active commissioners; a known one (same person, target, start) only updates its end date and needs. */
export const assignmentImport = createImportTask({
  kind: 'commissioner-assignments.import',
  sheet: assignmentSheet,
  async checkBatch(rows, { ctx, scope }) {
    const people = await byCodes(ctx.database.db, scope, rows.map((r) => r.value.code));
    const issues: ImportRowIssue<keyof AssignmentSheetRow & string>[] = [];
    for (const { row, value: v } of rows) {
      const c = people.get(v.code);
      if (!c) issues.push({ row, column: 'code', message: '编号不存在或不在您的管辖范围内' });
      else if (c.status !== 'active') issues.push({ row, column: 'code', message: `${c.name} 不是在岗的科技特派员，不能派驻` });
      else if (v.name && v.name !== c.name) issues.push({ row, column: 'name', message: `与编号 ${v.code} 的姓名“${c.name}”不一致` });
    }
    return issues;
  },
  async commitBatch(tx, rows, { ctx, scope, actor }) {
    const people = await byCodes(tx, scope, rows.map((r) => r.value.code));
    const ids = [...people.values()].map((p) => p.id);
    const existing = await tx.select().from(commissionerAssignments).where(inArray(commissionerAssignments.commissionerId, ids));
    const known = new Map(existing.map((a) => [key(a.commissionerId, { village: a.villageCode, targetName: a.targetName, startsOn: a.startsOn }), a]));
    const villageCodes = rows.map((r) => r.value.village).filter((v): v is string => !!v);
    const names = new Map((villageCodes.length ? await tx.select({ code: regions.code, name: regions.name }).from(regions).where(inArray(regions.code, villageCodes)) : []).map((r) => [r.code, r.name]));
    const counts = { inserted: 0, updated: 0, unchanged: 0 };
    for (const { value: v } of rows) {
      const c = people.get(v.code)!;
      const before = known.get(key(c.id, v));
      if (before) {
        const changes = { ...(v.endsOn !== before.endsOn && v.endsOn !== null ? { endsOn: v.endsOn } : {}), ...(v.needs !== null && v.needs !== before.needs ? { needs: v.needs } : {}) };
        if (!Object.keys(changes).length) { counts.unchanged += 1; continue; }
        await tx.update(commissionerAssignments).set({ ...changes, version: sql`${commissionerAssignments.version} + 1`, updatedAt: ctx.now() }).where(eq(commissionerAssignments.id, before.id));
        await recordAudit(tx, actor, { action: 'commissioner_assignment.update', objectType: 'commissioner_assignment', objectId: before.id, details: { before: { endsOn: before.endsOn, needs: before.needs }, after: changes, via: 'excel' } });
        counts.updated += 1;
        continue;
      }
      const values = { regionCode: c.regionCode, commissionerId: c.id, targetKind: v.targetKind as 'village', villageCode: v.village,
        targetName: v.village ? shortVillageName(names.get(v.village) ?? v.village) : v.targetName!, startsOn: v.startsOn, endsOn: v.endsOn, needs: v.needs };
      const [row] = await tx.insert(commissionerAssignments).values(values).returning({ id: commissionerAssignments.id });
      await recordAudit(tx, actor, { action: 'commissioner_assignment.create', objectType: 'commissioner_assignment', objectId: row!.id, details: { after: values, via: 'excel' } });
      counts.inserted += 1;
    }
    return counts;
  },
});

