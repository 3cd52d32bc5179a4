import type { APIRoute, GetStaticPaths } from 'astro';
import { getIndex, href } from '../../data.ts';
import { exportArticle } from '../../publish/export.ts';
import { ArticleExportSchema } from '../../publish/export-schema.ts';

export const getStaticPaths = (async () => {
  const index = await getIndex();
  return [...index.articles.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

/** One article's whole analysis; parsed against its own schema before it is written. */
export const GET: APIRoute = async ({ params, site }) => {
  const data = ArticleExportSchema.parse(exportArticle(await getIndex(), String(params['id']), { site: new URL(href(), site).href }));
  return new Response(`${JSON.stringify(data)}\n`, { headers: { 'content-type': 'application/json' } });
};
