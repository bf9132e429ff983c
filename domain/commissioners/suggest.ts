/** Auto-suggest commissioners for a need: field first, then place, then the lightest load. */
export interface Candidate {
  id: string;
  name: string;
  field: string | null;
  /** Villages the commissioner currently serves (12-digit codes). */
  villageCodes: readonly string[];
  /** Needs dispatched to or in progress with the commissioner. */
  openNeeds: number;
}

export interface NeedPlace {
  field: string | null;
  villageCode: string | null;
}

export interface Suggestion {
  id: string;
  name: string;
  score: number;
  reasons: string[];
}

const sameField = (a: string | null, b: string | null) => !!a && !!b && (a.includes(b) || b.includes(a));

export function suggestCommissioners(need: NeedPlace, candidates: readonly Candidate[], limit = 5): Suggestion[] {
  const town = need.villageCode?.slice(0, 9) ?? null;
  return candidates
    .map((c) => {
      const reasons: string[] = [];
      let score = 0;
      if (sameField(need.field, c.field)) {
        score += 50;
        reasons.push(`专业对口（${c.field}）`);
      }
      if (need.villageCode && c.villageCodes.includes(need.villageCode)) {
        score += 30;
        reasons.push('派驻本村');
      } else if (town && c.villageCodes.some((v) => v.startsWith(town))) {
        score += 15;
        reasons.push('派驻本乡镇');
      }
      score -= Math.min(c.openNeeds, 10) * 2;
      if (c.openNeeds > 0) reasons.push(`在办需求 ${c.openNeeds} 件`);
      return { id: c.id, name: c.name, score, reasons };
    })
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id))
    .slice(0, limit);
}
