import { createUser, orgIdByName, strongPassword } from '../../../test/factories';
import type { Agent, TestApp } from '../../../test/harness';
import { fullContent, openCall, seedExperts, upload } from './fixtures';

export interface Actors {
  staff: Agent;
  leader: Agent;
  enterprise: Agent;
}

export async function actors(t: TestApp): Promise<Actors> {
  return { staff: await t.login('staff'), leader: await t.login('leader'), enterprise: await t.login('enterprise') };
}

export async function move(agent: Agent, id: string, event: string, extra: Record<string, unknown> = {}) {
  const version = (await agent.get(`/api/v1/projects/${id}`)).json().version as number;
  return agent.post(`/api/v1/projects/${id}/transitions`, { version, event, ...extra });
}

export async function mustMove(agent: Agent, id: string, event: string, extra: Record<string, unknown> = {}) {
  const res = await move(agent, id, event, extra);
  if (res.statusCode !== 200) throw new Error(`${event}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** A complete application of the demo enterprise, submitted to a fresh call. */
export async function submittedProject(t: TestApp, a: Actors, callId?: string) {
  const call = callId ?? (await openCall(a.staff)).id;
  const created = await a.enterprise.post('/api/v1/projects', { callId: call });
  if (created.statusCode !== 201) throw new Error(created.body);
  const id = created.json().id as string;
  const saved = await a.enterprise.patch(`/api/v1/projects/${id}`, { version: created.json().version, ...fullContent });
  if (saved.statusCode !== 200) throw new Error(saved.body);
  await upload(a.enterprise, id, 'licence');
  await mustMove(a.enterprise, id, 'submit');
  return { id, callId: call };
}

/** Expert accounts (non-demo) bound to fresh expert records: enough for one full draw of 3. */
export async function expertPanel(t: TestApp, field = 'manufacturing'): Promise<Agent[]> {
  const ids = await seedExperts(t, { technical: 2, financial: 1, field });
  const org = await orgIdByName(t, '演示农业大学');
  const agents: Agent[] = [];
  for (const id of ids) {
    const u = await createUser(t, { organisationId: org, roles: ['expert'] });
    await t.pool.query('update experts set user_id = $1 where id = $2', [u.id, id]);
    agents.push(await t.login(u.username, strongPassword));
  }
  return agents;
}

/** Every expert of the panel confirms and scores their assignment on the project. */
export async function scoreAll(panel: Agent[], projectId: string, scores = { innovation: 80, feasibility: 75, benefit: 70 }) {
  for (const agent of panel) {
    const list = (await agent.get(`/api/v1/reviews?projectId=${projectId}`)).json().items as Array<{ id: string; version: number }>;
    for (const r of list) {
      const confirmed = await agent.post(`/api/v1/reviews/${r.id}/confirm`, { version: r.version, noConflict: true });
      if (confirmed.statusCode !== 200) throw new Error(confirmed.body);
      const done = await agent.post(`/api/v1/reviews/${r.id}/submit`, { version: confirmed.json().version, scores, comment: '同意' });
      if (done.statusCode !== 200) throw new Error(done.body);
    }
  }
}
