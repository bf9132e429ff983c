import type { ServiceType } from './vocabulary';

/** The fields of a service log that summaries read. `date` is an ISO date (YYYY-MM-DD). */
export interface LogFacts {
  commissionerId: string;
  date: string;
  villageCode: string | null;
  type: ServiceType;
  beneficiaries: number;
  trained: number;
  varieties: number;
  technologies: number;
  problemsSolved: number;
}

/**
 * What the annual reports quote ("开展实地科技服务xxxx次, 引进新品种xx项、新技术x项, 解决技术问题xx个").
 * serviceDays counts distinct calendar dates: two logs on one day are one service day.
 */
export interface ServiceSummary {
  commissionerId: string;
  serviceDays: number;
  services: number;
  onsiteVisits: number;
  villagesServed: number;
  trainings: number;
  trainedPeople: number;
  beneficiaries: number;
  varieties: number;
  technologies: number;
  problemsSolved: number;
  firstDate: string | null;
  lastDate: string | null;
}

export const summaryMetrics = ['serviceDays', 'services', 'onsiteVisits', 'villagesServed', 'trainings', 'trainedPeople', 'beneficiaries', 'varieties', 'technologies', 'problemsSolved'] as const;
export type SummaryMetric = (typeof summaryMetrics)[number];

export const metricLabels: Record<SummaryMetric, string> = {
  serviceDays: '服务天数',
  services: '服务次数',
  onsiteVisits: '现场指导次数',
  villagesServed: '服务村数',
  trainings: '培训场次',
  trainedPeople: '培训人次',
  beneficiaries: '受益人数',
  varieties: '引进新品种（项）',
  technologies: '推广新技术（项）',
  problemsSolved: '解决技术问题（个）',
};

export function emptySummary(commissionerId: string): ServiceSummary {
  return {
    commissionerId, serviceDays: 0, services: 0, onsiteVisits: 0, villagesServed: 0, trainings: 0, trainedPeople: 0,
    beneficiaries: 0, varieties: 0, technologies: 0, problemsSolved: 0, firstDate: null, lastDate: null,
  };
}

function summarise(commissionerId: string, logs: readonly LogFacts[]): ServiceSummary {
  const s = emptySummary(commissionerId);
  const dates = new Set<string>();
  const villages = new Set<string>();
  for (const l of logs) {
    dates.add(l.date);
    if (l.villageCode) villages.add(l.villageCode);
    s.services += 1;
    if (l.type === 'onsite') s.onsiteVisits += 1;
    if (l.type === 'training') s.trainings += 1;
    s.trainedPeople += l.trained;
    s.beneficiaries += l.beneficiaries;
    s.varieties += l.varieties;
    s.technologies += l.technologies;
    s.problemsSolved += l.problemsSolved;
  }
  const sorted = [...dates].sort();
  return { ...s, serviceDays: dates.size, villagesServed: villages.size, firstDate: sorted[0] ?? null, lastDate: sorted.at(-1) ?? null };
}

/** Per-commissioner summaries; `commissionerIds` makes sure people without logs get a zero row. */
export function summariseLogs(logs: readonly LogFacts[], commissionerIds: readonly string[] = []): ServiceSummary[] {
  const groups = new Map<string, LogFacts[]>(commissionerIds.map((id) => [id, []]));
  for (const l of logs) {
    if (!groups.has(l.commissionerId)) groups.set(l.commissionerId, []);
    groups.get(l.commissionerId)!.push(l);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, rows]) => summarise(id, rows));
}

/** County-wide totals: service days add up per person (a day two people served counts twice). */
export function totalOf(summaries: readonly ServiceSummary[]): Omit<ServiceSummary, 'commissionerId' | 'firstDate' | 'lastDate'> {
  const total = Object.fromEntries(summaryMetrics.map((m) => [m, 0])) as Record<SummaryMetric, number>;
  for (const s of summaries) for (const m of summaryMetrics) total[m] += s[m];
  return total;
}
