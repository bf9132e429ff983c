import fs from 'node:fs';

const mib = (kb: number) => kb / 1024;

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/**
 * Peak resident memory of another process (the app) while a job runs: the kernel's high-water mark
 * (VmHWM, reset through /proc/<pid>/clear_refs where permitted) and a 50 ms VmRSS poll as fallback.
 */
export function watchRss(pid: number): { stop(): { peakMiB: number; startMiB: number; endMiB: number } } {
  let hwmReset = false;
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    hwmReset = true;
  } catch {
    /* not permitted: rely on polling */
  }
  const start = statusKb(pid, 'VmRSS') ?? 0;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, statusKb(pid, 'VmRSS') ?? 0)), 50);
  return {
    stop() {
      clearInterval(timer);
      const end = statusKb(pid, 'VmRSS') ?? 0;
      const hwm = hwmReset ? statusKb(pid, 'VmHWM') ?? 0 : 0;
      return { peakMiB: mib(Math.max(peak, hwm, end)), startMiB: mib(start), endMiB: mib(end) };
    },
  };
}
