import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { registerAuth } from './platform/auth/plugin';
import type { AppContext } from './platform/context';
import { registerErrorHandling } from './platform/http/error-handler';
import { postgresRateLimitStore } from './platform/http/rate-limit-store';
import { registerSecurityHeaders } from './platform/http/security-headers';
import { createSerializerCompiler } from './platform/http/serializer';
import { registerModules } from './modules';
import { registerWebAssets } from './platform/http/web-assets';

z.config(z.locales.zhCN());

export type App = FastifyInstance;

export interface BuildOptions {
  logger?: boolean | object;
  serveWeb?: boolean;
}

/** Builds the Fastify app around an already-connected database. No listening happens here. */
export async function buildApp(ctx: AppContext, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  // Responses: fast-json-stringify compiled from each zod response schema (zod for shapes it cannot
  // represent faithfully). Outside production zod still encodes every body and must agree.
  app.setSerializerCompiler(
    createSerializerCompiler({
      crossCheck: ctx.config.env !== 'production' || process.env.NODE_ENV === 'test',
      onFallback: (route, reason) => app.log.debug({ route, reason }, 'response serialised by zod'),
    }),
  );
  registerErrorHandling(app);

  registerSecurityHeaders(app, ctx.config.env === 'production');
  await app.register(fastifyCookie);
  // Counters in PostgreSQL: every HTTP process of the deployment counts against the same limits.
  await app.register(fastifyRateLimit, { global: false, store: postgresRateLimitStore(ctx.database.pool) });
  // Uploads (Excel imports): one file per request, size capped by KEJIJU_UPLOAD_MAX_MB.
  await app.register(fastifyMultipart, { limits: { fileSize: ctx.config.uploadMaxBytes, files: 1, fields: 10, parts: 12 } });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Kejiju 科技局工作平台 API', version: ctx.version },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'kejiju_sid' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerAuth(app, ctx);
  await registerModules(app, ctx);
  if (options.serveWeb) await registerWebAssets(app, ctx.config.webDistDir);
  return app;
}
