import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../errors';
import { toAppError } from './error-handler';
import { fieldLabel } from './field-labels';

const request = { routeOptions: { schema: {} } } as unknown as FastifyRequest;
const pgError = (code: string, extra: Record<string, string> = {}) => Object.assign(new Error('db'), { code, ...extra });

describe('database errors map by SQLSTATE', () => {
  it('unique violation → 409 with the constraint’s Chinese name', () => {
    const e = toAppError(pgError('23505', { constraint: 'users_username_key' }), request);
    expect([e.code, e.status, e.message]).toEqual(['DUPLICATE', 409, '用户名已存在']);
  });
  it('foreign key: a missing reference → 400, a row still referenced → 409', () => {
    expect(toAppError(pgError('23503', { detail: 'Key (region_code)=(99) is not present' }), request).status).toBe(400);
    expect(toAppError(pgError('23503', { detail: 'Key (id)=(x) is still referenced from table "users"' }), request).status).toBe(409);
  });
  it('also finds the PostgreSQL error wrapped as the cause of a Drizzle error', () => {
    const wrapped = Object.assign(new Error('Failed query'), { cause: pgError('23505') });
    expect(toAppError(wrapped, request).code).toBe('DUPLICATE');
  });
  it('serialization failures ask the user to retry', () => {
    expect(toAppError(pgError('40001'), request).code).toBe('CONFLICT');
  });
});

describe('unknown errors', () => {
  it('become a 500 whose message reveals nothing of the internals', () => {
    const e = toAppError(new Error('connection to 10.1.2.3 refused: password authentication failed'), request);
    expect(e.status).toBe(500);
    expect(e.message).toBe('服务器内部错误，请稍后重试或联系管理员');
    expect(JSON.stringify(e.details)).toBe('[]');
  });
  it('keep AppErrors as they are', () => {
    const original = new AppError('STALE_VERSION', '已被他人修改');
    expect(toAppError(original, request)).toBe(original);
  });
});

describe('field labels', () => {
  const schema = z.object({
    name: z.string().meta({ title: '单位名称' }),
    years: z.array(z.object({ salesRevenue: z.string().meta({ title: '销售收入' }) })).meta({ title: '年度数据' }),
    note: z.string().optional(),
  });
  it('names a field by its Chinese title, with the row for array items', () => {
    expect(fieldLabel(schema, ['name'])).toBe('单位名称');
    expect(fieldLabel(schema, ['years', 1, 'salesRevenue'])).toBe('销售收入（第 2 项）');
    expect(fieldLabel(schema, ['note'])).toBe('note');
  });
});
