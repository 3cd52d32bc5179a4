import type { APIRoute, GetStaticPaths } from 'astro';
import { getIndex } from '../../data.ts';
import { exportArticle } from '../../publish/export.ts';
import { ArticleExportSchema } from '../../publish/export-schema.ts';

export const getStaticPaths = (async () => {
  const index = await getIndex();
  return [...index.articles.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

/** One article's whole analysis; parsed against its own schema before it is written. */
export const GET: APIRoute = async ({ params }) => {
  const data = ArticleExportSchema.parse(exportArticle(await getIndex(), String(params['id'])));
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
};
