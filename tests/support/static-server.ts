import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serve a built `dist/` on loopback as a static host would: `/dir/` serves `dir/index.html`, a
 * miss serves `404.html` with status 404. `base` mounts the site under a sub-path.
 */
export async function serveDist(dir: string, base = '/', headers: Record<string, string> = {}): Promise<StaticServer> {
  const prefix = base.replace(/\/?$/, '/');
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const send = (file: string, status = 200) => {
      res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      createReadStream(file).pipe(res);
    };
    const notFound = () => {
      const page = join(dir, '404.html');
      if (existsSync(page)) send(page, 404);
      else res.writeHead(404).end('Not found');
    };
    if (!path.startsWith(prefix)) return notFound();
    const rel = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, rel);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (existsSync(file) && statSync(file).isFile()) return send(file);
    return notFound();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    // Connections a browser or fetch keeps alive would hold `close` until they time out: end them.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
