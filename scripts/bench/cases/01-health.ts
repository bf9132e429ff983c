import { defineCase } from '../case';

export default defineCase({
  name: 'GET /api/health',
  setup: async () => null,
  request: () => ({ path: '/api/health' }),
  floor: { label: 'select 1', query: () => ({ text: 'select 1' }) },
});
