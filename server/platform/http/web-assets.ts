import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Serves the built React app; unknown non-API paths fall back to index.html for client routing. */
export async function registerWebAssets(app: FastifyInstance, distDir: string): Promise<void> {
  const index = path.join(distDir, 'index.html');
  if (!fs.existsSync(index)) return;
  await app.register(fastifyStatic, { root: distDir, prefix: '/', wildcard: false, index: false,
    setHeaders: (res, file) => {
      if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    } });
  const html = fs.readFileSync(index, 'utf8');
  app.get('/*', { config: { auth: 'public' }, schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply.status(404).send({ code: 'NOT_FOUND', message: `接口不存在：${request.method} ${request.url.split('?')[0]}`, details: [] });
    }
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  });
}
