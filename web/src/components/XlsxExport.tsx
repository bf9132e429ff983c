import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Modal, Progress, Result, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { fileUrl, type TaskView, taskPercent, waitForTask } from '../api/tasks';

function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const fileNameOf = (res: Response, fallback: string) => {
  const m = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '');
  return m ? decodeURIComponent(m[1]!) : fallback;
};

/**
 * An export on the shared export routes (`…/export`): up to the inline limit the server answers
 * with the file at once; above it, a background task (202) whose progress is shown in a modal
 * until the file can be downloaded. `run(url)` starts one; render `modal` once.
 */
export function useXlsxExport(title: string): { busy: boolean; run(url: string): Promise<void>; modal: ReactNode } {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [task, setTask] = useState<TaskView | null>(null);
  const run = async (url: string) => {
    setBusy(true);
    try {
      const res = await fetch(url, { credentials: 'same-origin' });
      if (res.status === 200) {
        saveBlob(await res.blob(), fileNameOf(res, `${title}.xlsx`));
        void message.success(`已导出 ${res.headers.get('x-export-rows') ?? ''} 行`);
      } else if (res.status === 202) {
        const { taskId } = (await res.json()) as { taskId: string };
        await waitForTask(taskId, setTask);
      } else {
        const body = (await res.json().catch(() => null)) as { message?: string } | null;
        throw new Error(body?.message ?? `导出失败（HTTP ${res.status}）`);
      }
    } catch (err) {
      void message.error((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const fileId = task?.result?.fileId as string | undefined;
  const done = task?.status === 'succeeded' || task?.status === 'failed';
  const modal = (
    <Modal open={!!task} title={`导出${title}`} footer={null} closable={done} maskClosable={false} onCancel={() => setTask(null)}>
      {!done && <>
        <Progress percent={taskPercent(task) ?? 0} status="active" />
        <Typography.Text type="secondary">{task?.message ?? '正在排队…'}</Typography.Text>
      </>}
      {task?.status === 'succeeded' && fileId && (
        <Result status="success" title={`已导出 ${String(task.result?.rows ?? '')} 行`}
          extra={<Button type="primary" href={fileUrl(fileId)} icon={<DownloadOutlined />}>下载 {String(task.result?.fileName ?? '')}</Button>} />
      )}
      {task?.status === 'failed' && <Result status="error" title="导出失败" subTitle={task.error?.message} />}
    </Modal>
  );
  return { busy, run, modal };
}

/** 导出 Excel of a filtered list (see useXlsxExport). */
export function ExportButton({ url, title }: { url: string; title: string }) {
  const exp = useXlsxExport(title);
  return (
    <>
      <Button icon={<DownloadOutlined />} loading={exp.busy} onClick={() => void exp.run(url)} data-testid="export-button">导出 Excel</Button>
      {exp.modal}
    </>
  );
}
