import { DownOutlined, FileExcelOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Dropdown, Modal, Typography } from 'antd';
import { useRef, useState } from 'react';
import { buildUrl } from '../../api/client';
import { type TaskView, uploadImport as upload, waitForTask as waitFor } from '../../api/tasks';
import { useXlsxExport } from '../../components/XlsxExport';
import { commissionerKeys } from './api/client';

/** 模板 / 导入 / 导出 for one list, on the shared Excel routes (`base`/import-template, /imports, /export). */
export function ExcelMenu({ base, filter, canImport, label }: { base: string; filter: Record<string, unknown>; canImport: boolean; label: string }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<TaskView | null>(null);
  const exporter = useXlsxExport(label);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      const task = await waitFor(await upload(base, file));
      setResult(task);
      if (task.status === 'succeeded') void qc.invalidateQueries({ queryKey: commissionerKeys.all });
    } catch (err) {
      void message.error((err as Error).message);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };
  const clean = Object.fromEntries(Object.entries(filter).filter(([k, v]) => v !== undefined && k !== 'page' && k !== 'pageSize')) as Record<string, string>;
  const items = [
    { key: 'export', label: '导出当前筛选结果', onClick: () => void exporter.run(buildUrl(`${base}/export`, clean)) },
    ...(canImport ? [
      { key: 'template', label: <a href={`${base}/import-template`}>下载导入模板</a> },
      { key: 'import', label: '导入 Excel…', onClick: () => input.current?.click() },
    ] : []),
  ];
  const report = result?.result?.errorReportFileId as string | undefined;
  return (
    <>
      <Dropdown menu={{ items }}><Button icon={<FileExcelOutlined />} loading={busy || exporter.busy}>{label} <DownOutlined /></Button></Dropdown>
      {exporter.modal}
      <input ref={input} type="file" accept=".xlsx" hidden onChange={(e) => void onFile(e.target.files?.[0])} />
      <Modal open={!!result} title={result?.status === 'succeeded' ? '导入完成' : '导入未执行'} footer={null} onCancel={() => setResult(null)}>
        {result?.status === 'succeeded'
          ? <Typography.Paragraph>共 {String(result.result?.rows ?? 0)} 行：新增 {String(result.result?.inserted ?? 0)}，更新 {String(result.result?.updated ?? 0)}，未变化 {String(result.result?.unchanged ?? 0)}。</Typography.Paragraph>
          : <Typography.Paragraph type="danger">{result?.error?.message}</Typography.Paragraph>}
        {report && <a href={`/api/v1/files/${report}`}>下载错误报告</a>}
      </Modal>
    </>
  );
}
