import type { APIRoute } from 'astro';
import { getIndex } from '../../data.ts';
import { exportIndex } from '../../publish/export.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(exportIndex(await getIndex()), null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
