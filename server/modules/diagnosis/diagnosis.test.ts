import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueExample } from '../../../domain/testing/diagnosis-fixture';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const post = (payload: unknown) => t.anonymous().post('/api/v1/public/diagnosis', payload);
const withYear = (patch: Record<string, unknown>) => ({ ...issueExample, years: [{ ...issueExample.years[0], ...patch }] });

describe('GET /api/v1/public/uscc/:code', () => {
  it('describes a valid code without a login', async () => {
    const res = await t.anonymous().get('/api/v1/public/uscc/91110000600037341L');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      valid: true, code: '91110000600037341L', authority: '工商', category: '企业', regionCode: '110000', reason: null,
    });
  });

  it('normalises lower case and spaces', async () => {
    const res = await t.anonymous().get(`/api/v1/public/uscc/${encodeURIComponent(' 9144 0300 7152 6726 xg')}`);
    expect(res.json()).toMatchObject({ valid: true, code: '9144030071526726XG' });
  });

  it('explains an invalid code in Chinese with 200, not an error', async () => {
    const res = await t.anonymous().get('/api/v1/public/uscc/91110000600037341N');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      valid: false, code: '91110000600037341N', authority: null, category: null, regionCode: null, reason: '第 18 位校验码错误（应为 L）',
    });
  });

  it('refuses an absurdly long value with 400 naming the field', async () => {
    const res = await t.anonymous().get(`/api/v1/public/uscc/${'9'.repeat(65)}`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'code' }] });
    expect(res.json().message).toContain('统一社会信用代码');
  });
});

describe('POST /api/v1/public/diagnosis', () => {
  it('diagnoses the issue example without a login or CSRF token', async () => {
    const res = await post(issueExample);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.techSme).toMatchObject({ eligible: true, directQualification: false, score: 78, scores: { techStaff: 8, rd: 40, ip: 30 }, failed: [] });
    expect(body.hnte).toMatchObject({ conditionsMet: true, score: { min: 21, max: 68 }, verdict: 'ineligible' });
    expect(body.hnte.conditions).toHaveLength(8);
    expect(body.hnte.conditions[3]).toEqual({ code: 'tech_staff_ratio', pass: true, value: '15.00%', threshold: '≥ 10%' });
    expect(Object.keys(body.hnte.score.items)).toHaveLength(12);
  });

  it('accepts selfDeveloped absent and false', async () => {
    const absent = await post({ ...issueExample, ip: { class1: 1, class2: 0 } });
    expect(absent.json().hnte.score.items.ip_acquisition).toMatchObject({ min: 1, max: 6 });
    const acquired = await post({ ...issueExample, ip: { class1: 1, class2: 0, selfDeveloped: false } });
    expect(acquired.json().hnte.score.items.ip_acquisition).toMatchObject({ min: 1, max: 3 });
  });

  it('names a bad money field in Chinese with its row', async () => {
    const res = await post(withYear({ salesRevenue: '12000000.001' }));
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.details).toEqual([{ field: 'years.0.salesRevenue', message: expect.stringContaining('销售收入（第 1 项）') }]);
  });

  it.each([
    ['negative amounts', { rdExpense: '-1.00' }, 'years.0.rdExpense', '研发费用'],
    ['numbers instead of strings', { netAssets: 5000000 }, 'years.0.netAssets', '净资产'],
    ['thousands separators', { totalAssets: '9,000,000' }, 'years.0.totalAssets', '资产总额'],
    ['fractional conversions', { conversions: 1.5 }, 'years.0.conversions', '科技成果转化数'],
  ])('refuses %s', async (_what, patch, field, label) => {
    const res = await post(withYear(patch));
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0]).toMatchObject({ field, message: expect.stringContaining(label) });
  });

  it('accepts negative net assets (liabilities above assets) and scores growth from them', async () => {
    const y = issueExample.years[0]!;
    const years = [
      { ...y, year: 2021, netAssets: '-500000.00' },
      { ...y, year: 2022, netAssets: '1000000.00' },
      { ...y, year: 2023, netAssets: '1350000.00' },
    ];
    const res = await post({ ...issueExample, years });
    expect(res.statusCode).toBe(200);
    expect(res.json().hnte.score.items.net_asset_growth).toMatchObject({ min: 9, max: 10, value: '35.00%', basis: 'last_two_years' });
  });

  it('names missing and malformed top-level fields', async () => {
    const { employees: _employees, ...rest } = issueExample;
    const res = await post({ ...rest, asOf: '2026-02-30', direct: { ...issueExample.direct, ledStandard: 'yes' } });
    expect(res.statusCode).toBe(400);
    const fields = res.json().details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['asOf', 'employees', 'direct.ledStandard']));
    expect(res.json().message).toContain('评价日期');
    expect(res.json().message).toContain('职工总数');
  });

  it('refuses dates outside 1949–2100', async () => {
    const res = await post({ ...issueExample, foundedOn: '0050-01-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([{ field: 'foundedOn', message: '成立日期：应在 1949-01-01 至 2100-12-31 之间' }]);
  });

  it('refuses zero and four years', async () => {
    const none = await post({ ...issueExample, years: [] });
    expect(none.statusCode).toBe(400);
    expect(none.json().message).toContain('年度财务数据');
    const y = issueExample.years[0]!;
    const four = await post({ ...issueExample, years: [2019, 2020, 2021, 2022].map((year) => ({ ...y, year })) });
    expect(four.statusCode).toBe(400);
    expect(four.json().details[0].field).toBe('years');
  });

  it('reports cross-field problems with field paths', async () => {
    const y = issueExample.years[0]!;
    const res = await post({
      ...issueExample,
      techStaff: 81,
      years: [{ ...y, year: 2022 }, { ...y, year: 2024, rdExpenseDomestic: '700000.01' }],
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.details).toEqual([
      { field: 'techStaff', message: '科技人员数不能大于职工总数' },
      { field: 'years.1.year', message: '第 2 年（2024 年）：年度须从早到晚连续填写（应为 2023 年）' },
      { field: 'years.1.rdExpenseDomestic', message: '第 2 年（2024 年）：境内研发费用不能大于研发费用总额' },
    ]);
    expect(body.message).toContain('科技人员数不能大于职工总数；');
  });

  it('answers a non-JSON body with 400, never 500', async () => {
    const res = await t.anonymous().request({ method: 'POST', url: '/api/v1/public/diagnosis', payload: '{"asOf":', headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });

  it('handles zero sales, staff and income without failing', async () => {
    const res = await post({
      ...issueExample,
      employees: 0,
      techStaff: 0,
      years: [{ ...issueExample.years[0], salesRevenue: '0', totalIncome: '0', highTechIncome: '0', rdExpense: '0', rdExpenseDomestic: '0', totalCost: '0' }],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().techSme).toMatchObject({ eligible: false, score: 30 });
    expect(res.json().hnte.conditions.filter((c: { pass: boolean }) => !c.pass).map((c: { value: string }) => c.value))
      .toEqual(['无职工', '无销售收入（2023 年）', '无研发费用', '无总收入']);
  });
});

describe('OpenAPI', () => {
  it('documents both public routes with Chinese field titles and no security', async () => {
    const doc = (await t.anonymous().get('/api/docs/json')).json();
    const post = doc.paths['/api/v1/public/diagnosis'].post;
    expect(post.security).toEqual([]);
    expect(post.requestBody.content['application/json'].schema.properties.employees.title).toBe('职工总数');
    expect(doc.paths['/api/v1/public/uscc/{code}'].get.security).toEqual([]);
  });
});

describe('rate limit', () => {
  it('answers 429 RATE_LIMITED after publicRatePerMinute requests', async () => {
    const limited = await createTestApp({}, { publicRatePerMinute: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await limited.anonymous().post('/api/v1/public/diagnosis', issueExample)).statusCode);
      expect(codes).toEqual([200, 200, 200, 429]);
      const res = await limited.anonymous().post('/api/v1/public/diagnosis', issueExample);
      expect(res.json()).toMatchObject({ code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' });
      const uscc: number[] = [];
      for (let i = 0; i < 4; i++) uscc.push((await limited.anonymous().get('/api/v1/public/uscc/91110000600037341L')).statusCode);
      expect(uscc).toEqual([200, 200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});
