import type { APIRoute } from 'astro';
import { getIndex } from '../../data.ts';
import { exportThreads } from '../../publish/thread-export.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(exportThreads(await getIndex()), null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
