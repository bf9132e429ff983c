import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Divider, Form, Input, InputNumber, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { projectsApi } from '../api/client';
import type { Review } from '../api/types';

/** Score sheet of the call: each item 0–100, weighted total shown live; a low total needs a comment. */
export function ScoreForm({ review, onDone }: { review: Review; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const sheet = review.scoreSheet;
  const [scores, setScores] = useState<Record<string, number | null>>({});
  const total = sheet.items.reduce((s, i) => s + (scores[i.code] ?? 0) * i.weight, 0) / 100;
  const submit = useMutation({
    mutationFn: (v: { comment?: string }) => projectsApi.submitScores(review.id, { version: review.version, scores: Object.fromEntries(sheet.items.map((i) => [i.code, scores[i.code] ?? ''])), comment: v.comment ?? null }),
    onSuccess: () => { void message.success('评分已提交'); onDone(); },
  });
  if (review.status === 'submitted') {
    return <Alert type="success" showIcon title={`您已提交评分，总分 ${review.total}`} description={review.comment} style={{ marginTop: 16 }} />;
  }
  return (
    <>
      <Divider titlePlacement="left">评分表</Divider>
      {submit.error && <Alert type="error" showIcon title={submit.error.message} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="horizontal" labelCol={{ span: 8 }} data-testid="score-form">
        {sheet.items.map((i) => (
          <Form.Item key={i.code} label={`${i.title}（权重 ${i.weight}%）`}>
            <InputNumber aria-label={i.title} min={0} max={100} step={0.5} precision={1} value={scores[i.code] ?? null}
              onChange={(v) => setScores({ ...scores, [i.code]: v })} />
          </Form.Item>
        ))}
        <Form.Item label="加权总分"><Typography.Text strong data-testid="score-total">{total.toFixed(2)}</Typography.Text></Form.Item>
        <Form.Item name="comment" label={total < sheet.commentBelow ? `评审意见（低于 ${sheet.commentBelow} 分必填）` : '评审意见'}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </Form>
      <Popconfirm title="评分提交后不能修改，确定提交？" okText="提交" cancelText="再看看" onConfirm={() => submit.mutate(form.getFieldsValue())}>
        <Button type="primary" loading={submit.isPending}>提交评分</Button>
      </Popconfirm>
    </>
  );
}
