import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Result, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { fileUrl, type TaskView } from '../../../api/tasks';

interface RowProblem { row: number; column: string; message: string }

const counts = [
  ['enterprises_created', '新增企业'], ['enterprises_updated', '更新企业'], ['enterprises_unchanged', '企业未变化'],
  ['annual_created', '新增年度数据'], ['annual_updated', '更新年度数据'], ['annual_unchanged', '年度数据未变化'],
] as const;

/** The finished import task: counts when it was written, otherwise why nothing was written and where the bad cells are. */
export function ImportOutcome({ task, onRetry }: { task: TaskView; onRetry: () => void }) {
  const r = task.result ?? {};
  if (task.status === 'succeeded') {
    return (
      <Result status="success" title="导入完成" subTitle={`共处理 ${String(r.rows ?? 0)} 行数据`} data-testid="import-success"
        extra={[<Link key="list" to="/enterprises"><Button type="primary">返回企业库</Button></Link>, <Button key="again" onClick={onRetry}>继续导入</Button>]}>
        <Descriptions bordered size="small" column={3} items={counts.map(([key, label]) => ({ key, label, children: String(r[key] ?? 0) }))} />
      </Result>
    );
  }
  const problems = (task.error?.details ?? []) as RowProblem[];
  const reportId = r.errorReportFileId as string | undefined;
  return (
    <div data-testid="import-failed">
      <Alert type="error" showIcon title="导入未执行，系统中的数据没有任何改动" description={task.error?.message} style={{ marginBottom: 16 }}
        action={<Button onClick={onRetry}>重新上传</Button>} />
      {reportId && (
        <Typography.Paragraph>
          共读取 {String(r.rowsRead ?? '—')} 行，其中 {String(r.errorRows ?? problems.length)} 行存在 {String(r.errorCount ?? problems.length)} 处错误。
          <Button type="link" icon={<DownloadOutlined />} href={fileUrl(reportId)} data-testid="error-report">下载错误报告</Button>
          （原文件中出错的单元格标红，末尾增加“错误说明”列；改正后可直接再次上传）
        </Typography.Paragraph>
      )}
      {problems.length > 0 && (
        <Table<RowProblem> size="small" rowKey={(p) => `${p.row}-${p.column}-${p.message}`} dataSource={problems} data-testid="import-errors"
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => `显示前 ${n} 处错误` }}
          columns={[
            { title: '行号', dataIndex: 'row', width: 80 },
            { title: '列', dataIndex: 'column', width: 240 },
            { title: '错误说明', dataIndex: 'message' },
          ]} />
      )}
    </div>
  );
}
