import { z } from 'zod';
import { hnteConditionCodes, hnteScoreGroups, hnteScoreItemCodes } from '../../../domain/hnte';
import { techSmeFailedCodes } from '../../../domain/tech-sme';

const points = (title: string) => z.int().meta({ title });
const shownRatio = (title: string) => z.string().nullable().meta({ title });

const techSme = z.object({
  eligible: z.boolean().meta({ title: '符合科技型中小企业评价条件' }),
  directQualification: z.boolean().meta({ title: '具备直通车条件' }),
  score: points('综合评价得分'),
  scores: z.object({
    techStaff: points('科技人员得分'),
    rd: points('研发投入得分'),
    ip: points('科技成果得分'),
  }).meta({ title: '分项得分' }),
  failed: z.array(z.enum(techSmeFailedCodes)).meta({ title: '未满足的条件' }),
  ratios: z.object({
    techStaff: shownRatio('科技人员占比'),
    rdToSales: shownRatio('研发费用占销售收入比例'),
    rdToCost: shownRatio('研发费用占成本费用支出比例'),
  }).meta({ title: '比例' }),
  rdMeasure: z.enum(['sales', 'cost']).meta({ title: '研发投入计分口径' }),
  policy: z.string().meta({ title: '政策版本' }),
}).meta({ title: '科技型中小企业' });

const scoreItem = z.object({
  group: z.enum(hnteScoreGroups).meta({ title: '所属指标' }),
  min: points('最低分'),
  max: points('最高分'),
  full: points('满分'),
  expert: z.boolean().meta({ title: '需专家评判' }),
  value: z.string().nullable().meta({ title: '计分依据' }),
  band: z.string().nullable().meta({ title: '档次' }),
  basis: z.enum(['three_years', 'last_two_years', 'two_years', 'second_year_zero', 'first_year_zero', 'single_year'])
    .optional().meta({ title: '增长率计算方式' }),
});
const groupScore = z.object({ min: points('最低分'), max: points('最高分'), full: points('满分') });

const hnte = z.object({
  conditionsMet: z.boolean().meta({ title: '满足全部认定条件' }),
  conditions: z.array(z.object({
    code: z.enum(hnteConditionCodes).meta({ title: '条件' }),
    pass: z.boolean().meta({ title: '是否满足' }),
    value: z.string().meta({ title: '企业实际' }),
    threshold: z.string().meta({ title: '认定要求' }),
  })).meta({ title: '认定条件' }),
  score: z.object({
    min: points('最低分'),
    max: points('最高分'),
    items: z.object(Object.fromEntries(hnteScoreItemCodes.map((c) => [c, scoreItem])) as Record<(typeof hnteScoreItemCodes)[number], typeof scoreItem>)
      .meta({ title: '评分细项' }),
    groups: z.object(Object.fromEntries(hnteScoreGroups.map((g) => [g, groupScore])) as Record<(typeof hnteScoreGroups)[number], typeof groupScore>)
      .meta({ title: '评分指标' }),
  }).meta({ title: '创新能力评价得分范围' }),
  verdict: z.enum(['eligible', 'possible', 'ineligible']).meta({ title: '结论' }),
  policy: z.string().meta({ title: '政策版本' }),
}).meta({ title: '高新技术企业' });

export const diagnosisResponse = z.object({ techSme, hnte });
