/** How many rows of each kind `--scale` means (1.0 = the province scale of issue 6). */
export interface ScalePlan {
  scale: number;
  seed: number;
  enterprises: number;
  /** Fiscal years of annual data per enterprise (2021–2025). */
  years: readonly number[];
  projects: number;
  commissioners: number;
  serviceLogs: number;
}

export const provinceCode = '34';
export const annualYears = [2021, 2022, 2023, 2024, 2025] as const;
export const callYears = [2022, 2023, 2024, 2025, 2026] as const;

export function planFor(scale: number, seed = 34): ScalePlan {
  if (!(scale > 0 && scale <= 10)) throw new Error(`--scale 应在 (0, 10] 之内，收到 ${scale}`);
  const n = (full: number) => Math.max(1, Math.round(full * scale));
  const commissioners = n(20_000);
  return {
    scale,
    seed,
    enterprises: n(200_000),
    years: annualYears,
    projects: n(50_000),
    commissioners,
    serviceLogs: commissioners * 50,
  };
}
