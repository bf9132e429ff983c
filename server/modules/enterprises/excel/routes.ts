import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../platform/context';
import { createExportTask, registerExcelRoutes } from '../../../platform/excel';
import { canListEnterprises, canManageEnterprises } from '../policy';
import { enterpriseExport } from './export';
import { enterpriseImport } from './import';
import { enterpriseSheet } from './sheet';

const exportTask = createExportTask('enterprises.export', enterpriseSheet, enterpriseExport);

/**
 * Excel round trip of the enterprise list: GET /api/v1/enterprises/import-template,
 * POST /api/v1/enterprises/imports (202 + task), GET /api/v1/enterprises/export?<list filters>&year=.
 */
export const enterpriseExcelRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  registerExcelRoutes(app, ctx, {
    basePath: '/api/v1/enterprises',
    tag: '企业培育',
    sheet: enterpriseSheet,
    importTask: enterpriseImport,
    exportQuery: enterpriseExport,
    exportTaskKind: exportTask.kind,
    policy: { canImport: canManageEnterprises, canExport: canListEnterprises, canSeePersonalData: canManageEnterprises },
  });
};
