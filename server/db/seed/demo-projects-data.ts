import crypto from 'node:crypto';
import type { ExpertCategory, ProgrammeLevel, ResearchField } from '../../../domain/projects/catalog';
import type { ProjectState, ProjectTrack } from '../../../domain/projects/states';

/** A stable id for a demo row, so the seeded draws (which order by id) come out the same on every install. */
export function demoUuid(key: string): string {
  const h = crypto.createHash('sha256').update(`kejiju-demo:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Invented experts of the demo pool. 刘明远 is the demo `expert` account and the only 电子信息 technical expert. */
export const demoExperts: Array<{ name: string; category: ExpertCategory; title: string; org: string; fields: ResearchField[]; status?: 'paused'; orgKey?: 'university' | 'agri' }> = [
  { name: '刘明远', category: 'technical', title: '教授', org: '演示农业大学', fields: ['agriculture', 'electronics'], orgKey: 'university' },
  { name: '王志强', category: 'technical', title: '高级工程师', org: '六安市农业科学研究院（演示）', fields: ['agriculture', 'biomedicine'] },
  { name: '陈丽华', category: 'technical', title: '研究员', org: '安徽省农业科学院（演示）', fields: ['agriculture', 'environment'] },
  { name: '赵文博', category: 'technical', title: '教授', org: '演示工业大学', fields: ['manufacturing', 'new_materials'] },
  { name: '孙海涛', category: 'technical', title: '高级工程师', org: '六安市机械研究所（演示）', fields: ['manufacturing', 'energy'] },
  { name: '周晓燕', category: 'technical', title: '副教授', org: '演示医学院', fields: ['biomedicine', 'social_development'] },
  { name: '吴国栋', category: 'technical', title: '研究员', org: '六安市环境科学研究所（演示）', fields: ['environment', 'energy'] },
  { name: '郑秋实', category: 'technical', title: '高级农艺师', org: '霍邱县农业技术推广中心（演示）', fields: ['agriculture'], orgKey: 'agri' },
  { name: '钱立群', category: 'technical', title: '教授级高工', org: '演示工业大学', fields: ['manufacturing', 'high_tech_services'] },
  { name: '冯立新', category: 'technical', title: '教授', org: '演示工业大学', fields: ['new_materials', 'manufacturing'], status: 'paused' },
  { name: '黄敏', category: 'financial', title: '注册会计师', org: '六安正信会计师事务所（演示）', fields: [] },
  { name: '林静', category: 'financial', title: '高级会计师', org: '霍邱县财政局（演示）', fields: [] },
  { name: '何志远', category: 'financial', title: '注册税务师', org: '六安诚达税务师事务所（演示）', fields: [] },
  { name: '马俊', category: 'management', title: '研究员', org: '六安市科技情报研究所（演示）', fields: [] },
];

export const demoProgrammes: Array<{ key: string; name: string; level: ProgrammeLevel; track: ProjectTrack; description: string }> = [
  { key: 'rd', name: '县级科技计划·重点研发项目', level: 'county', track: 'county', description: '支持企业开展关键技术攻关和新产品研发' },
  { key: 'rural', name: '县级科技计划·乡村振兴科技项目', level: 'county', track: 'county', description: '支持农业科技成果转化与示范推广' },
  { key: 'province', name: '省重点研发计划（揭榜挂帅）推荐', level: 'province', track: 'recommend', description: '县科技局组织推荐、省科技厅立项' },
  { key: 'self', name: '县级自筹科技项目备案', level: 'county', track: 'self_funded', description: '企业自筹资金实施的科技项目备案管理' },
];

/** One demo project: which programme, how many years ago, the state it reached, its title and field. */
export interface DemoProject { programme: string; ago: 0 | 1 | 2; state: ProjectState; title: string; field: ResearchField; fiscal: number; enterprise?: 'demo' }

export const demoProjects: DemoProject[] = [
  { programme: 'rd', ago: 2, state: 'archived', title: '高效节能电机控制器研发', field: 'manufacturing', fiscal: 300000 },
  { programme: 'rd', ago: 2, state: 'archived', title: '农用无人机精准施药系统', field: 'electronics', fiscal: 250000 },
  { programme: 'rd', ago: 2, state: 'accepted', title: '智能粮食烘干装备关键技术', field: 'manufacturing', fiscal: 400000, enterprise: 'demo' },
  { programme: 'rural', ago: 2, state: 'acceptance_failed', title: '稻虾共作生态种养技术示范', field: 'agriculture', fiscal: 150000 },
  { programme: 'rural', ago: 2, state: 'terminated', title: '特色中药材规范化种植示范', field: 'agriculture', fiscal: 120000 },
  { programme: 'rd', ago: 2, state: 'rejected', title: '新型环保涂料配方研究', field: 'new_materials', fiscal: 200000 },
  { programme: 'province', ago: 2, state: 'upper_approved', title: '铁矿尾矿综合利用技术攻关（揭榜挂帅）', field: 'environment', fiscal: 3000000 },
  { programme: 'self', ago: 2, state: 'filed', title: '企业研发中心检测能力提升', field: 'high_tech_services', fiscal: 0 },
  { programme: 'rd', ago: 1, state: 'in_progress', title: '柳编制品自动化生产线研制', field: 'manufacturing', fiscal: 350000 },
  { programme: 'rd', ago: 1, state: 'in_progress', title: '智能农机作业监测终端开发', field: 'electronics', fiscal: 280000, enterprise: 'demo' },
  { programme: 'rural', ago: 1, state: 'in_progress', title: '优质水稻绿色高效栽培技术集成', field: 'agriculture', fiscal: 180000 },
  { programme: 'rural', ago: 1, state: 'acceptance_requested', title: '设施蔬菜水肥一体化示范', field: 'agriculture', fiscal: 100000 },
  { programme: 'rd', ago: 1, state: 'approved', title: '生物基可降解包装材料研发', field: 'new_materials', fiscal: 300000 },
  { programme: 'rd', ago: 1, state: 'rejected', title: '食品冷链温控监测系统', field: 'electronics', fiscal: 200000 },
  { programme: 'province', ago: 1, state: 'upper_rejected', title: '高性能铸造件短流程制造技术', field: 'manufacturing', fiscal: 2000000 },
  { programme: 'province', ago: 1, state: 'recommended', title: '智慧养殖环境精准调控装备', field: 'agriculture', fiscal: 1500000 },
  { programme: 'self', ago: 1, state: 'filed', title: '生产线数字化改造', field: 'manufacturing', fiscal: 0, enterprise: 'demo' },
  { programme: 'rd', ago: 0, state: 'draft', title: '农机关键零部件激光熔覆修复技术', field: 'manufacturing', fiscal: 300000, enterprise: 'demo' },
  { programme: 'rural', ago: 0, state: 'submitted', title: '霍山石斛林下仿生栽培示范', field: 'agriculture', fiscal: 150000 },
  { programme: 'rural', ago: 0, state: 'returned', title: '小龙虾尾加工副产物综合利用', field: 'biomedicine', fiscal: 120000 },
  { programme: 'rural', ago: 0, state: 'in_review', title: '智慧农业物联网墒情监测系统', field: 'electronics', fiscal: 160000 },
  { programme: 'rural', ago: 0, state: 'reviewed', title: '稻田综合种养尾水生态治理', field: 'environment', fiscal: 140000 },
  { programme: 'rural', ago: 0, state: 'proposed', title: '优质弱筋小麦品种筛选与示范', field: 'agriculture', fiscal: 130000 },
  { programme: 'rural', ago: 0, state: 'publicity', title: '畜禽粪污资源化利用技术示范', field: 'environment', fiscal: 160000 },
  { programme: 'self', ago: 0, state: 'submitted', title: '新产品中试基地建设', field: 'manufacturing', fiscal: 0 },
];
