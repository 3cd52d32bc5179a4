import type { APIRoute } from 'astro';
import { exportJsonSchema } from '../../publish/export.ts';

export const GET: APIRoute = () => new Response(`${JSON.stringify(exportJsonSchema(), null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
