/** Masks personal identifiers the same way everywhere: UI, exports and logs. */
export function maskIdNumber(id: string | null | undefined): string | null {
  if (!id) return id ?? null;
  if (id.length <= 10) return '*'.repeat(id.length);
  return id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
}

export function maskMobile(mobile: string | null | undefined): string | null {
  if (!mobile) return mobile ?? null;
  if (mobile.length < 7) return '*'.repeat(mobile.length);
  return mobile.slice(0, 3) + '*'.repeat(mobile.length - 7) + mobile.slice(-4);
}

export const mobilePattern = /^1[3-9]\d{9}$/;
