import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Drawer, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { projectKeys, projectsApi } from '../api/client';
import type { Review } from '../api/types';
import { ApplicationView } from '../detail/ApplicationView';
import { ScoreForm } from './ScoreForm';

/** One review: the 回避 declaration, then the application and the score sheet. */
export function ReviewPanel({ review, onClose }: { review: Review; onClose: () => void }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [promise, setPromise] = useState(false);
  const [declineReason, setDeclineReason] = useState('');
  const refresh = () => void qc.invalidateQueries({ queryKey: ['projects', 'reviews'] });
  const confirm = useMutation({ mutationFn: () => projectsApi.confirm(review.id, review.version), onSuccess: refresh, onError: (e: Error) => void message.error(e.message) });
  const decline = useMutation({
    mutationFn: (conflict: boolean) => projectsApi.decline(review.id, { version: review.version, reason: declineReason, conflict }),
    onSuccess: () => { refresh(); onClose(); }, onError: (e: Error) => void message.error(e.message),
  });
  const opened = review.status === 'confirmed' || review.status === 'submitted';
  const project = useQuery({ queryKey: projectKeys.detail(review.project.id), queryFn: () => projectsApi.detail(review.project.id), enabled: opened });
  return (
    <Drawer open width={920} title={review.project.title} onClose={onClose} destroyOnHidden>
      {review.status === 'assigned' && (
        <Space direction="vertical" style={{ width: '100%' }} data-testid="conflict-declaration">
          <Alert type="warning" showIcon title={`申报单位：${review.project.applicantName}`}
            description="如您与申报单位或项目组成员存在同单位、近三年合作、师生、亲属、经济利益等关系，应当回避。" />
          <Checkbox checked={promise} onChange={(e) => setPromise(e.target.checked)}>本人承诺与该项目不存在需要回避的利益冲突</Checkbox>
          <Button type="primary" disabled={!promise} loading={confirm.isPending} onClick={() => confirm.mutate()}>确认无利益冲突，查看申报书</Button>
          <Typography.Text type="secondary">或者说明原因后拒绝评审：</Typography.Text>
          <Input.TextArea rows={2} value={declineReason} onChange={(e) => setDeclineReason(e.target.value)} placeholder="拒绝或回避的原因" />
          <Space>
            <Button danger disabled={declineReason.trim().length < 2} onClick={() => decline.mutate(true)}>存在利益冲突，申请回避</Button>
            <Button disabled={declineReason.trim().length < 2} onClick={() => decline.mutate(false)}>因故不能评审</Button>
          </Space>
        </Space>
      )}
      {review.status === 'declined' && <Alert type="info" title={`您已拒绝评审：${review.declineReason ?? ''}`} />}
      {opened && project.data && <ApplicationView project={project.data} />}
      {opened && <ScoreForm review={review} onDone={refresh} />}
    </Drawer>
  );
}
