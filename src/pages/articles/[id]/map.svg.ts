/**
 * The attribution map of an article as an SVG image, shown on the article page under an image map
 * of its links (src/components/AttributionGraph.astro, src/render/graph-map.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getIndex } from '../../../data.ts';
import { articleMap, mapSvg } from '../../../render/graph-map.ts';

export const getStaticPaths = (async () => {
  const index = await getIndex();
  return [...index.articles.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const index = await getIndex();
  const article = index.articles.get(params['id'] ?? '');
  if (!article) return new Response(null, { status: 404 });
  const { layout } = await articleMap(index, article.id);
  return new Response(mapSvg(layout, `Who says what, through whom: ${article.data.title}`), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
