import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { repoRoot } from '../../server/test/app-process';

export interface MachineInfo {
  date: string;
  cores: number;
  memoryGiB: string;
  cpu: string;
  node: string;
  commit: string;
  loadAverage: string;
}

export function machineInfo(): MachineInfo {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  const dirty = git('status', '--porcelain', '--untracked-files=no') ? ' (with uncommitted changes)' : '';
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    cores: os.availableParallelism(),
    memoryGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    commit: (git('rev-parse', '--short', 'HEAD') || 'unknown') + dirty,
    loadAverage: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}
