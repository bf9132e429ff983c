import crypto from 'node:crypto';
import { expect } from 'vitest';
import { composeUscc } from '../../../../domain/uscc';
import { figures } from '../../../../domain/testing/annual-fixture';
import type { Agent } from '../../../test/harness';

export { figures };

// Counting from a random start, not drawing each body afresh: with 6 random digits two enterprises of
// one test file shared a body now and then, and a USCC search or the unique key then saw both.
let nextBody = crypto.randomInt(0, 1e6);

/** A valid USCC nobody else in this test file uses: 91 + region + MA + 6-digit body. */
export const freshUscc = (region = '341522') => composeUscc('91', region, `MA${(nextBody++ % 1e6).toString().padStart(6, '0')}`);

export async function createEnterprise(agent: Agent, over: Record<string, unknown> = {}) {
  const res = await agent.post('/api/v1/enterprises', {
    uscc: freshUscc(), name: `测试企业${crypto.randomBytes(3).toString('hex')}有限公司`, regionCode: '341522100', industryCode: '35',
    foundedOn: '2018-05-01', hnteFieldCode: '80402', phone: '13912345678', ...over,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number; uscc: string; name: string };
}

export const putYear = (agent: Agent, id: string, year: number, body: Record<string, unknown>) =>
  agent.put(`/api/v1/enterprises/${id}/annual-data/${year}`, body);
