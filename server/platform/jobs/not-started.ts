import type { Jobs } from './types';

/** Placeholder for processes that run no job system (migrations, scripts). */
export const notStartedJobs: Jobs = {
  runsTasksHere: false,
  enqueue: () => Promise.reject(new Error('此进程未启动后台任务队列')),
  stop: () => Promise.resolve(),
};
