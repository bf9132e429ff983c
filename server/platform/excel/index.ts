/** Excel round trip: declare a sheet once, get template, streaming import, error report and export. */
export { defineSheet, type ColumnDef, type DictionaryEntry, type RowIssue, type RowOf, type RowOfSheet, type Sheet } from './sheet';
export { regionsInScope } from './regions';
export { createImportTask, type BatchCounts, type ImportContext, type ImportRow, type ImportRowIssue, type ImportTask } from './import-task';
export { createExportTask, runExport, type ExportQuery } from './export-task';
export { exportToXlsx, pagedRows } from './export';
export { buildTemplate } from './template';
export { resolveDictionaries } from './dictionary';
export { registerExcelRoutes, type ExcelPolicy } from './routes';
export { registerExportRoute, type ExportPolicy } from './export-route';
export { changedWhere, countsOf, excludedSet, insertedFlag, lastByKey } from './upsert';
