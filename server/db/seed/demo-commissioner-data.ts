import type { CommissionerLevel, ServiceType } from '../../../domain/commissioners/vocabulary';
import type { Rng } from './demo-enterprise-data';

/**
 * Invented people and texts for the 科技特派员 demo. Every name is generated from syllable lists
 * and every unit ends in （演示）; none of it describes a real person or institution.
 */
const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '田', '董', '袁', '潘', '蒋', '蔡', '余', '杜'];
const given = ['建', '国', '明', '华', '文', '志', '永', '海', '春', '晓', '立', '新', '秀', '玉', '红', '伟', '军', '平', '德', '学', '成', '家', '思', '宏', '丽', '芳', '敏', '静', '涛', '峰', '俊', '磊', '婷', '雪', '亮', '云', '林', '勇', '慧', '鹏'];

export const personName = (r: Rng) => r.pick(surnames) + r.pick(given) + (r.chance(0.75) ? r.pick(given) : '');

export const workUnits = {
  province: ['省农业科学研究院（演示）', '演示农业大学'],
  city: ['六安市农业科学研究所（演示）', '六安市农业技术推广中心（演示）', '演示农业大学'],
  county: ['霍邱县农业技术推广中心（演示）', '霍邱县畜牧兽医服务中心（演示）', '霍邱县林业技术推广站（演示）', '霍邱县水产技术推广站（演示）', '霍邱县农业机械化服务中心（演示）'],
  national: ['演示农业大学'],
} satisfies Record<CommissionerLevel, string[]>;

export const fieldsWeighted = ['粮油作物', '粮油作物', '粮油作物', '果蔬园艺', '果蔬园艺', '畜牧养殖', '畜牧养殖', '水产养殖', '中药材', '食用菌', '茶叶', '农产品加工', '农业机械', '植物保护', '土壤肥料', '电子商务'];
export const titles = ['农艺师', '高级农艺师', '助理农艺师', '畜牧师', '兽医师', '工程师', '副教授', '助理研究员', '副研究员', '研究员'];

/** Level mix of the seed county report: 15 省级, 85 市级, 192 县级 of 292. */
export function levelOf(r: Rng): CommissionerLevel {
  const x = r.next();
  return x < 0.05 ? 'province' : x < 0.34 ? 'city' : 'county';
}

export const logTypesWeighted: ServiceType[] = ['onsite', 'onsite', 'onsite', 'onsite', 'onsite', 'training', 'training', 'problem', 'problem', 'consulting', 'variety', 'technology'];

const crops: Record<string, string[]> = {
  粮油作物: ['小麦', '水稻', '玉米', '大豆', '油菜'], 果蔬园艺: ['设施番茄', '辣椒', '西瓜', '葡萄', '梨'], 畜牧养殖: ['生猪', '肉牛', '山羊', '蛋鸡'],
  水产养殖: ['小龙虾', '河蟹', '鳜鱼'], 中药材: ['茯苓', '石斛', '灵芝'], 食用菌: ['香菇', '平菇', '黑木耳'], 茶叶: ['茶园'], 农产品加工: ['粮食烘干', '果蔬保鲜'],
  农业机械: ['无人机植保', '秸秆还田'], 植物保护: ['赤霉病防治', '草地贪夜蛾监测'], 土壤肥料: ['测土配方施肥', '秸秆腐熟'], 电子商务: ['农产品直播销售'],
};
const actions: Record<ServiceType, string[]> = {
  onsite: ['田间查看{c}长势，指导水肥管理', '现场指导{c}病虫害绿色防控', '指导{c}合理密植与科学施肥'],
  training: ['举办{c}实用技术培训班', '开展{c}高产栽培技术培训'],
  variety: ['引进{c}新品种开展试种示范'],
  technology: ['推广{c}新技术，建立示范田'],
  problem: ['帮助解决{c}烂根死苗问题', '帮助解决{c}产量下降问题'],
  consulting: ['电话解答农户{c}管理问题', '通过微信群答复{c}技术咨询'],
  other: ['参加乡镇{c}产业发展座谈'],
};

export function logContent(r: Rng, field: string, type: ServiceType): string {
  const crop = r.pick(crops[field] ?? ['农作物']);
  return `${r.pick(actions[type]).replace('{c}', crop)}（演示数据）`;
}

export const coopName = (r: Rng, village: string) =>
  `霍邱县${village.replace(/村$/, '')}${r.pick(['绿源', '丰禾', '金穗', '兴农', '益民', '碧水', '华康'])}${r.pick(['种植', '养殖', '果蔬', '粮食'])}专业合作社（演示）`;

export const needTitles: Array<[string, string]> = [
  ['小麦赤霉病防控技术指导', '植物保护'], ['设施蔬菜连作障碍治理', '果蔬园艺'], ['小龙虾养殖水质调控', '水产养殖'], ['生猪养殖场疫病防控', '畜牧养殖'],
  ['香菇菌棒烂棒问题', '食用菌'], ['茯苓种植技术咨询', '中药材'], ['稻虾共作模式技术支持', '水产养殖'], ['玉米大豆带状复合种植', '粮油作物'],
  ['果园改良与修剪培训', '果蔬园艺'], ['农产品网店运营指导', '电子商务'], ['测土配方施肥方案', '土壤肥料'], ['烘干设备使用与维护', '农业机械'],
];
