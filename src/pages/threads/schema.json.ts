import type { APIRoute } from 'astro';
import { threadsJsonSchema } from '../../publish/thread-export.ts';

export const GET: APIRoute = () => new Response(`${JSON.stringify(threadsJsonSchema(), null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
