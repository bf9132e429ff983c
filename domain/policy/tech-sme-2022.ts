import type { Band, IpBands, PolicyVersion } from './types';

export interface TechSmePolicy extends PolicyVersion {
  maxEmployees: number;
  /** 元, latest fiscal year, inclusive. */
  maxSales: string;
  maxAssets: string;
  passScore: number;
  techStaffBands: readonly Band<number>[];
  rdBySalesBands: readonly Band<number>[];
  rdByCostBands: readonly Band<number>[];
  ipBands: IpBands<number>;
}

/**
 * 科技型中小企业评价: scoring tables of 国科发政〔2017〕115号 (unchanged since), basic conditions
 * as restated by the 2022 服务工作指引. The exact start date of the 2022 指引 is not in our
 * sources; it governed the 2022 evaluation year, hence 2022-01-01.
 */
export const techSme2022: TechSmePolicy = {
  id: 'tech-sme-2022',
  title: '科技型中小企业评价（2022 年服务工作指引）',
  basis: '国科发政〔2017〕115号；国科火字〔2022〕67号',
  effectiveFrom: '2022-01-01',
  effectiveTo: null,
  maxEmployees: 500,
  maxSales: '200000000',
  maxAssets: '200000000',
  passScore: 60,
  techStaffBands: [
    { code: 'A', from: '0.30', points: 20 },
    { code: 'B', from: '0.25', points: 16 },
    { code: 'C', from: '0.20', points: 12 },
    { code: 'D', from: '0.15', points: 8 },
    { code: 'E', from: '0.10', points: 4 },
    { code: 'F', from: null, points: 0 },
  ],
  rdBySalesBands: [
    { code: 'A', from: '0.06', points: 50 },
    { code: 'B', from: '0.05', points: 40 },
    { code: 'C', from: '0.04', points: 30 },
    { code: 'D', from: '0.03', points: 20 },
    { code: 'E', from: '0.02', points: 10 },
    { code: 'F', from: null, points: 0 },
  ],
  rdByCostBands: [
    { code: 'A', from: '0.30', points: 50 },
    { code: 'B', from: '0.25', points: 40 },
    { code: 'C', from: '0.20', points: 30 },
    { code: 'D', from: '0.15', points: 20 },
    { code: 'E', from: '0.10', points: 10 },
    { code: 'F', from: null, points: 0 },
  ],
  ipBands: {
    class1: { from: 1, points: 30 },
    class2: [
      { code: 'B', from: '4', points: 24 },
      { code: 'C', from: '3', points: 18 },
      { code: 'D', from: '2', points: 12 },
      { code: 'E', from: '1', points: 6 },
      { code: 'F', from: null, points: 0 },
    ],
  },
};

export const techSmePolicies: readonly TechSmePolicy[] = [techSme2022];
