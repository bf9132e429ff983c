import { commissionerForms, commissionerLevels, formLabels, levelLabels, serviceTypeLabels, serviceTypes, statusLabels } from '../../../../domain/commissioners/vocabulary';
import { defineSheet, regionsInScope, type RowOf } from '../../../platform/excel';

const dict = <T extends string>(codes: readonly T[], labels: Record<T, string>) => Object.fromEntries(codes.map((c) => [labels[c], c]));
const village = { kind: 'region', dictionary: regionsInScope({ levels: [5] }), note: '村（社区）名称或 12 位区划代码，如“周集镇燎原村民委员会”', width: 26 } as const;
const count = <K extends string>(key: K, header: string) => ({ key, header, kind: 'integer', min: 0, max: 100_000, width: 12 }) as const;

const rosterColumns = [
  { key: 'code', header: '编号', kind: 'text', required: true, maxLength: 30, note: '本局内唯一；导入时按编号更新已有人员', width: 14 },
  { key: 'name', header: '姓名/名称', kind: 'text', required: true, maxLength: 60, width: 16 },
  { key: 'form', header: '形式', kind: 'enum', dictionary: dict(commissionerForms, formLabels), note: '个人或法人，默认个人', width: 8 },
  { key: 'level', header: '级别', kind: 'enum', required: true, dictionary: dict(commissionerLevels, levelLabels), width: 8 },
  { key: 'gender', header: '性别', kind: 'enum', dictionary: { 男: 'male', 女: 'female' }, width: 6 },
  { key: 'field', header: '专业领域', kind: 'text', required: true, maxLength: 30, width: 14 },
  { key: 'speciality', header: '专长', kind: 'text', maxLength: 200, width: 20 },
  { key: 'workUnit', header: '工作单位', kind: 'text', required: true, maxLength: 100, width: 28 },
  { key: 'title', header: '职称', kind: 'text', maxLength: 30, width: 12 },
  { key: 'isStudent', header: '大学生科技特派员', kind: 'boolean', width: 10 },
  { key: 'phone', header: '手机号码', kind: 'mobile', width: 14 },
  { key: 'status', header: '状态', kind: 'enum', required: true, dictionary: { [statusLabels.active]: 'active', [statusLabels.candidate]: 'candidate', [statusLabels.exited]: 'exited' }, note: '在岗或备选；“已退出”只用于导出', width: 8 },
  { key: 'selectedOn', header: '选聘日期', kind: 'date', width: 12 },
] as const;
export type RosterSheetRow = RowOf<typeof rosterColumns>;

/** 科技特派员名册: one row per commissioner, keyed by the bureau's roster code. */
export const rosterSheet = defineSheet({
  name: '科技特派员名册',
  title: '科技特派员名册导入模板',
  instructions: [
    '每行一名科技特派员（法人科技特派员填单位名称）。按“编号”识别：编号已存在的更新所填写的信息，留空的项不覆盖已有内容；编号不存在的新建。',
    '状态填“备选”进入备选库，填“在岗”表示已选聘；已退出的人员不能通过导入修改。',
    '手机号码加密保存，导出时默认打码。',
  ],
  uniqueBy: ['code'],
  columns: rosterColumns,
});

const assignmentColumns = [
  { key: 'code', header: '特派员编号', kind: 'text', required: true, maxLength: 30, width: 14 },
  { key: 'name', header: '特派员姓名', kind: 'text', maxLength: 60, note: '仅供核对，以编号为准', width: 14 },
  { key: 'targetKind', header: '派驻对象类型', kind: 'enum', required: true, dictionary: { 行政村: 'village', 企业: 'enterprise', '合作社/家庭农场': 'cooperative' }, width: 14 },
  { key: 'village', header: '派驻村', ...village },
  { key: 'targetName', header: '派驻对象名称', kind: 'text', maxLength: 100, note: '派驻企业、合作社或家庭农场时必填', width: 28 },
  { key: 'startsOn', header: '开始日期', kind: 'date', required: true, width: 12 },
  { key: 'endsOn', header: '结束日期', kind: 'date', width: 12 },
  { key: 'needs', header: '需求信息', kind: 'text', maxLength: 500, width: 30 },
] as const;
export type AssignmentSheetRow = RowOf<typeof assignmentColumns>;

/** 派驻: commissioner → village or enterprise/cooperative for a period, keyed by who, where and from when. */
export const assignmentSheet = defineSheet({
  name: '科技特派员派驻',
  title: '科技特派员派驻导入模板',
  instructions: [
    '每行一条派驻。同一特派员、同一派驻对象、同一开始日期视为同一条：再次导入只更新结束日期和需求信息。',
    '派驻行政村时填写“派驻村”；派驻企业、合作社或家庭农场时填写“派驻对象名称”。只能派驻在岗的科技特派员。',
  ],
  uniqueBy: ['code', 'village', 'targetName', 'startsOn'],
  columns: assignmentColumns,
  rowRules(r) {
    if (r.targetKind === 'village' && !r.village) return [{ column: 'village', message: '派驻行政村时必填' }];
    if (r.targetKind !== 'village' && !r.targetName) return [{ column: 'targetName', message: '派驻企业、合作社或家庭农场时必填' }];
    if (r.endsOn && r.endsOn < r.startsOn) return [{ column: 'endsOn', message: '不能早于开始日期' }];
  },
});

const logColumns = [
  { key: 'code', header: '特派员编号', kind: 'text', required: true, maxLength: 30, width: 14 },
  { key: 'name', header: '特派员姓名', kind: 'text', maxLength: 60, note: '仅供核对，以编号为准', width: 14 },
  { key: 'serviceDate', header: '服务日期', kind: 'date', required: true, width: 12 },
  { key: 'village', header: '服务村', ...village },
  { key: 'place', header: '服务地点', kind: 'text', required: true, maxLength: 100, width: 20 },
  { key: 'type', header: '服务方式', kind: 'enum', required: true, dictionary: dict(serviceTypes, serviceTypeLabels), width: 12 },
  { key: 'content', header: '服务内容', kind: 'text', required: true, maxLength: 2000, width: 40 },
  count('beneficiaries', '受益人数'), count('trained', '培训人数'), count('varieties', '引进新品种（项）'),
  count('technologies', '推广新技术（项）'), count('problemsSolved', '解决技术问题（个）'),
] as const;
export type LogSheetRow = RowOf<typeof logColumns>;

/** 服务日志 (paper logs typed in afterwards, or an export for the annual report). */
export const logSheet = defineSheet({
  name: '科技特派员服务日志',
  title: '科技特派员服务日志导入模板',
  instructions: [
    '每行一条服务记录。相同的特派员、日期、方式、地点和内容视为同一条，重复导入不会重复登记。',
    '服务天数按日期统计：同一天的多条记录计 1 天。',
  ],
  columns: logColumns,
  rowRules(r) {
    if (r.content.length < 5) return [{ column: 'content', message: '至少 5 个字' }];
  },
});
