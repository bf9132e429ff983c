import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { projectKeys, projectsApi } from '../api/client';
import type { Action, ProjectDetail } from '../api/types';
import { ActionModal } from './ActionModal';

const negative = new Set(['formal_return', 'not_selected', 'revoke', 'terminate', 'accept_fail', 'withdraw']);
/** Steps that need more than a click: a comment or extra fields. */
const needsDialog = (a: Action) => a.comment !== null || ['publish', 'approve', 'accept_extend', 'upper_approve', 'formal_return'].includes(a.event);

/** Only the steps the current user may take now (from the server's abilities), blocked ones greyed with the reason. */
export function ActionBar({ project }: { project: ProjectDetail }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [open, setOpen] = useState<Action | null>(null);
  const run = useMutation({
    mutationFn: (body: Record<string, unknown>) => projectsApi.transition(project.id, { version: project.version, ...body }),
    onSuccess: (p) => {
      qc.setQueryData(projectKeys.detail(project.id), p);
      void qc.invalidateQueries({ queryKey: projectKeys.all });
      setOpen(null);
      void message.success(`已办理：${p.stateLabel}`);
    },
    onError: (err: Error & { code?: string }) => {
      void message.error(err.message);
      if (err.code === 'STALE_VERSION') void qc.invalidateQueries({ queryKey: projectKeys.detail(project.id) });
    },
  });
  return (
    <Space wrap data-testid="project-actions">
      {project.actions.map((a) => {
        const button = (
          <Button key={a.event} type={negative.has(a.event) ? 'default' : 'primary'} danger={negative.has(a.event) && a.event !== 'withdraw'}
            disabled={!!a.blockedReason} loading={run.isPending && !open}
            onClick={() => (needsDialog(a) ? setOpen(a) : run.mutate({ event: a.event }))}>
            {a.label}
          </Button>
        );
        return a.blockedReason ? <Tooltip key={a.event} title={a.blockedReason}>{button}</Tooltip> : button;
      })}
      {open && <ActionModal action={open} project={project} pending={run.isPending} error={run.error?.message ?? null}
        onCancel={() => setOpen(null)} onOk={(body) => run.mutate({ event: open.event, ...body })} />}
    </Space>
  );
}
