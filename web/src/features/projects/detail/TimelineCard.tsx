import { useQuery } from '@tanstack/react-query';
import { Timeline, Typography } from 'antd';
import { formatDateTime } from '../../../components/format';
import { projectKeys, projectsApi } from '../api/client';
import { stateLabels } from '../labels';

/** Every step: who, when, from which state to which, with the comment. */
export function TimelineCard({ projectId }: { projectId: string }) {
  const q = useQuery({ queryKey: projectKeys.sub(projectId, 'timeline'), queryFn: () => projectsApi.timeline(projectId) });
  return (
    <Timeline data-testid="project-timeline"
      items={(q.data?.items ?? []).map((e) => ({
        key: e.id,
        children: (
          <>
            <Typography.Text strong>{e.label}</Typography.Text>{' '}
            <Typography.Text type="secondary">{formatDateTime(e.at)} · {e.actorName}
              {e.fromState && e.fromState !== e.toState ? ` · ${stateLabels[e.fromState]} → ${stateLabels[e.toState]}` : ''}</Typography.Text>
            {e.comment && <div>意见：{e.comment}</div>}
          </>
        ),
      }))} />
  );
}
