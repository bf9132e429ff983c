import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Progress, Spin, Steps, Typography, Upload } from 'antd';
import { useState } from 'react';
import { type TaskView, taskPercent, uploadImport, waitForTask } from '../../../api/tasks';
import { PageHeader } from '../../../components/PageHeader';
import { enterpriseBase, enterpriseKeys } from '../api/client';
import { ImportOutcome } from './ImportOutcome';

type Phase = 'idle' | 'uploading' | 'running' | 'done';

/**
 * 导入企业及年度数据 (API-CONTRACT-excel.md): download the template, upload an .xlsx; the server
 * checks every row first and writes all of it or nothing, so the page shows progress and then
 * either the counts or the row errors.
 */
export function ImportPage() {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [phase, setPhase] = useState<Phase>('idle');
  const [task, setTask] = useState<TaskView | null>(null);
  const start = async (file: File) => {
    setPhase('uploading');
    setTask(null);
    try {
      const taskId = await uploadImport(enterpriseBase, file);
      setPhase('running');
      const done = await waitForTask(taskId, setTask);
      setTask(done);
      setPhase('done');
      if (done.status === 'succeeded') void qc.invalidateQueries({ queryKey: enterpriseKeys.all });
    } catch (err) {
      void message.error((err as Error).message);
      setPhase('idle');
    }
  };
  const step = phase === 'idle' ? 0 : phase === 'done' ? 2 : 1;
  return (
    <>
      <PageHeader title="导入企业及年度数据" subTitle="按统一社会信用代码识别企业：已登记的更新，未登记的新建；整个文件校验通过后才写入"
        extra={<Button icon={<DownloadOutlined />} href={`${enterpriseBase}/import-template`} data-testid="template-link">下载导入模板</Button>} />
      <Card>
        <Steps current={step} style={{ marginBottom: 24 }} items={[{ title: '上传文件' }, { title: '校验并写入' }, { title: '结果' }]} />
        {phase === 'idle' && (
          <Upload.Dragger accept=".xlsx" multiple={false} showUploadList={false} data-testid="import-upload"
            beforeUpload={(file) => { void start(file); return false; }}>
            <p className="ant-upload-drag-icon"><InboxOutlined /></p>
            <p className="ant-upload-text">点击或拖入填好的 .xlsx 文件</p>
            <p className="ant-upload-hint">请使用导入模板（第一个工作表、第一行为表头）；金额单位为元，最多两位小数</p>
          </Upload.Dragger>
        )}
        {(phase === 'uploading' || phase === 'running') && (
          <div data-testid="import-progress">
            {/* The row count is known only once the file has been read: a spinner with the rows so far. */}
            {taskPercent(task) === null ? <Spin style={{ marginRight: 12 }} /> : <Progress percent={taskPercent(task)!} status="active" />}
            <Typography.Text type="secondary">{phase === 'uploading' ? '正在上传…' : task?.message ?? '排队中…'}</Typography.Text>
          </div>
        )}
        {phase === 'done' && task && <ImportOutcome task={task} onRetry={() => setPhase('idle')} />}
        {phase === 'idle' && (
          <Alert type="info" showIcon style={{ marginTop: 16 }} title="只要有一行出错，整个文件都不会写入；请按错误说明改正后重新上传。同一文件重复导入不会产生重复数据。" />
        )}
      </Card>
    </>
  );
}
