import type { FormInstance } from 'antd';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { placeErrors } from './api-errors';

function fakeForm() {
  const set: Array<{ name: unknown; errors: string[] }> = [];
  return { set, form: { setFields: (f: typeof set) => set.push(...f) } as unknown as FormInstance };
}

describe('API errors on commissioner forms', () => {
  it('puts nested field errors on the form path below the stripped prefix', () => {
    const { set, form } = fakeForm();
    const err = new ApiError(400, 'VALIDATION_FAILED', '分值：格式不正确', [{ field: 'config.items.2.weight', message: '分值：格式不正确' }]);
    expect(placeErrors(form, err, ['items', 'caps'], 'config.')).toBeNull();
    expect(set).toEqual([{ name: ['items', 2, 'weight'], errors: ['分值：格式不正确'] }]);
  });

  it('keeps what no field can show above the form, one line per problem', () => {
    const { set, form } = fakeForm();
    const err = new ApiError(400, 'VALIDATION_FAILED', '考核方案：甲；乙', [{ field: 'config', message: '甲' }, { field: 'config', message: '乙' }]);
    expect(placeErrors(form, err, ['items'], 'config.')).toEqual({ text: '未能保存，请修改以下问题', lines: ['甲', '乙'], stale: false });
    expect(set).toEqual([]);
    const mixed = new ApiError(400, 'VALIDATION_FAILED', 'x', [{ field: 'amount', message: '应大于 0' }, { field: 'other', message: '丙' }]);
    expect(placeErrors(fakeForm().form, mixed, ['amount'])).toEqual({ text: '请修改标红的字段及以下问题', lines: ['丙'], stale: false });
  });

  it('marks a version conflict so the form can offer the latest data', () => {
    const err = new ApiError(409, 'STALE_VERSION', '科技特派团已被他人修改，请刷新后重试');
    expect(placeErrors(fakeForm().form, err, ['name'])).toEqual({ text: '科技特派团已被他人修改，请刷新后重试', lines: [], stale: true });
    expect(placeErrors(fakeForm().form, new Error('无法读取文件'), [])).toEqual({ text: '无法读取文件', lines: [], stale: false });
  });
});
