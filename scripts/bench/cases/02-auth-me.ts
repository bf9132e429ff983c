import { sm3Hex } from '../../../server/platform/crypto/sm';
import { defineCase, loginCookie } from '../case';

/** The session lookup of the auth hook (server/platform/auth/sessions.ts `loadSession`) as plain SQL. */
const sessionLookup = `
  select s.id, s.csrf_token, s.stage, s.created_at, s.last_seen_at, s.expires_at,
         u.id as user_id, u.username, u.display_name, u.organisation_id, o.name as organisation_name,
         o.region_code, u.is_demo, u.totp_enabled, u.last_login_at, u.last_login_ip, u.status,
         coalesce((select array_agg(r.role order by r.role) from user_roles r where r.user_id = u.id), '{}') as roles
    from sessions s
    join users u on u.id = s.user_id
    join organisations o on o.id = u.organisation_id
   where s.id = $1`;

export default defineCase({
  name: 'GET /api/v1/auth/me (signed in)',
  async setup(target) {
    const cookie = await loginCookie(target.url, 'staff');
    const token = /kejiju_sid=([^;]+)/.exec(cookie)?.[1];
    if (!token) throw new Error('login set no kejiju_sid cookie');
    const sessionId = sm3Hex(decodeURIComponent(token));
    const found = await target.pool.query(sessionLookup, [sessionId]);
    if (found.rowCount !== 1) throw new Error('session lookup SQL found no session: out of step with loadSession?');
    return { cookie, sessionId };
  },
  request: ({ cookie }) => ({ path: '/api/v1/auth/me', headers: { cookie } }),
  floor: { label: 'session lookup', query: ({ sessionId }) => ({ text: sessionLookup, values: [sessionId] }) },
});
