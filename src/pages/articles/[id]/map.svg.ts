/**
 * The attribution map of an article as an SVG image, shown on the article page under a layer of its
 * links (src/components/AttributionGraph.astro), drawn by the graph's one renderer (src/render/graph-svg.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticleModel, getIndex } from '../../../data.ts';
import { graphSvg } from '../../../render/graph-svg.ts';

export const getStaticPaths = (async () => [...(await getIndex()).articles.keys()].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const model = await getArticleModel(String(params['id']));
  const { map } = model.graph.drawing();
  return new Response(graphSvg(map, { document: { title: `Who says what, through whom: ${model.title}` } }), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
