import type { APIRoute, GetStaticPaths } from 'astro';
import { getIndex, href } from '../../data.ts';
import { ldContext } from '../../publish/jsonld.ts';
import { articleAnnotations } from '../../publish/web-annotation.ts';

export const getStaticPaths = (async () => {
  const index = await getIndex();
  return [...index.articles.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

/**
 * One article's anchors as a W3C Web Annotation collection. The media type is the one the
 * protocol names; a static host picks its own from the `.jsonld` extension.
 * @see https://www.w3.org/TR/annotation-protocol/#annotation-retrieval
 */
export const GET: APIRoute = async ({ params, site }) => {
  const collection = articleAnnotations(ldContext(await getIndex(), new URL(href(), site)), String(params['id']));
  return new Response(`${JSON.stringify(collection)}\n`, {
    headers: { 'content-type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
};
