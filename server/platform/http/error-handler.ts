import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { AppError, type ErrorDetail, errorStatus } from '../errors';
import { fromDatabaseError } from './pg-errors';
import { fieldLabel } from './field-labels';

const contextLabels: Record<string, string> = { body: '请求体', querystring: '查询参数', params: '路径参数', headers: '请求头' };

function validationError(err: FastifyError & { validation: Array<{ instancePath: string; message?: string }> }, request: FastifyRequest): AppError {
  const context = (err as { validationContext?: string }).validationContext ?? 'body';
  const schema = (request.routeOptions.schema as Record<string, z.ZodType> | undefined)?.[context];
  const details: ErrorDetail[] = err.validation.map((v) => {
    const path = v.instancePath.split('/').filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const label = path.length ? fieldLabel(schema, path) : contextLabels[context] ?? context;
    return { field: path.join('.') || context, message: `${label}：${v.message ?? '格式不正确'}` };
  });
  return new AppError('VALIDATION_FAILED', details.map((d) => d.message).join('；'), details);
}

export function toAppError(err: unknown, request: FastifyRequest): AppError {
  if (err instanceof AppError) return err;
  if (hasZodFastifySchemaValidationErrors(err)) return validationError(err as never, request);
  const dbError = fromDatabaseError(err);
  if (dbError) return dbError;
  const fe = err as FastifyError;
  if (fe?.statusCode === 429) return new AppError('RATE_LIMITED', '请求过于频繁，请稍后再试');
  if (fe?.statusCode === 413 || fe?.code === 'FST_REQ_FILE_TOO_LARGE') return new AppError('PAYLOAD_TOO_LARGE', '上传内容过大');
  if (fe?.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new AppError('VALIDATION_FAILED', '不支持的请求内容类型');
  if (fe?.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || fe?.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (fe instanceof SyntaxError && fe.statusCode === 400)) {
    return new AppError('VALIDATION_FAILED', '请求体不是合法的 JSON');
  }
  if (fe?.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new AppError('VALIDATION_FAILED', '请求格式不正确');
  }
  return new AppError('INTERNAL', '服务器内部错误，请稍后重试或联系管理员');
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err, request, reply: FastifyReply) => {
    const appError = toAppError(err, request);
    if (appError.code === 'INTERNAL') {
      const serialization = isResponseSerializationError(err);
      request.log.error({ err, serialization }, 'unhandled error');
    }
    return reply
      .status(errorStatus[appError.code])
      .send({ code: appError.code, message: appError.message, details: appError.details });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ code: 'NOT_FOUND', message: `接口不存在：${request.method} ${request.url.split('?')[0]}`, details: [] });
  });
}
