import type { Agent, TestApp } from '../harness';

/**
 * One row type of one route family. The matrix creates a row that belongs to the demo county
 * (霍邱县) and checks that every outsider gets 404 on its detail (and on each write URL) and never
 * sees it in the list. Every module adds its case(s) to `cases.ts`.
 */
export interface CrossScopeCase {
  resource: string;
  /** Creates a row owned by the demo county or its enterprise and returns the row id. */
  create(t: TestApp): Promise<string>;
  listUrl: string;
  /** The row ids a list answer shows; by default `items[].id`. */
  listIds?(body: unknown): string[];
  detailUrl(id: string): string;
  /** Extra routes addressed by the row id (sub-lists and writes) that must also answer 403 or 404 to outsiders. */
  writes?: Array<{ method: 'GET' | 'PATCH' | 'PUT' | 'POST' | 'DELETE'; url(id: string): string; payload?: unknown }>;
  /** Who must not see the row; each returns a signed-in agent. */
  outsiders: Array<{ who: string; agent(t: TestApp): Promise<Agent> }>;
}
