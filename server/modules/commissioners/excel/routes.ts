import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../platform/context';
import { createExportTask, registerExcelRoutes } from '../../../platform/excel';
import { canManage, isCommissionerUser, isRegionReader } from '../access';
import { assignmentExport, assignmentImport } from './assignment-io';
import { logExport, logImport } from './log-io';
import { rosterExport, rosterImport } from './roster-io';
import { assignmentSheet, logSheet, rosterSheet } from './sheets';

const rosterTask = createExportTask('commissioners.export', rosterSheet, rosterExport);
const assignmentTask = createExportTask('commissioner-assignments.export', assignmentSheet, assignmentExport);
const logTask = createExportTask('service-logs.export', logSheet, logExport);

/** Template, import and export of the roster, the assignments and the service logs (Excel machinery). */
export const commissionerExcelRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const staffPolicy = { canImport: canManage, canExport: isRegionReader, canSeePersonalData: canManage };
  registerExcelRoutes(app, ctx, { basePath: '/api/v1/commissioners', tag: '科技特派员', sheet: rosterSheet, importTask: rosterImport,
    exportQuery: rosterExport, exportTaskKind: rosterTask.kind, policy: staffPolicy });
  registerExcelRoutes(app, ctx, { basePath: '/api/v1/commissioner-assignments', tag: '科技特派员', sheet: assignmentSheet, importTask: assignmentImport,
    exportQuery: assignmentExport, exportTaskKind: assignmentTask.kind, policy: staffPolicy });
  registerExcelRoutes(app, ctx, { basePath: '/api/v1/service-logs', tag: '科技特派员服务日志', sheet: logSheet, importTask: logImport,
    exportQuery: logExport, exportTaskKind: logTask.kind,
    policy: { ...staffPolicy, canExport: (s) => isRegionReader(s) || isCommissionerUser(s) } });
};
