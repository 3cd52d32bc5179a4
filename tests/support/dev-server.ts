import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { buildEnv, wrappedConfig } from './build-env.ts';

export interface DevServer {
  /** Where it serves, with a trailing slash: `http://localhost:<port>/`. */
  url: string;
  stop(): void;
}

/**
 * `astro dev` on the project at `root`, as `npm run dev` runs it, with a cache folder of its own under
 * `work` so its content store is not the build's. Resolves once Astro says where it serves.
 */
export async function startDevServer(root: string, work: string): Promise<DevServer> {
  const config = wrappedConfig(work, { cacheDir: join(work, 'cache') });
  // A port no one is using, so that Astro does not move to another one.
  const port = await new Promise<number>((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      if (typeof address === 'object' && address) probe.close(() => done(address.port));
      else fail(new Error('No free port for the dev server.'));
    });
  });
  const dev: ChildProcess = spawn(join(root, 'node_modules', '.bin', 'astro'), ['dev', '--port', String(port), '--config', relative(root, config)], {
    cwd: root,
    env: { ...buildEnv(), NO_COLOR: '1', PATH: `${join(root, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}` },
  });
  let output = '';
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`astro dev did not start:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = new RegExp(`(http://localhost:${port}/)`).exec(output);
      if (found) {
        clearTimeout(timer);
        done(found[1] as string);
      }
    };
    dev.stdout?.on('data', read);
    dev.stderr?.on('data', read);
    dev.on('exit', (code) => fail(new Error(`astro dev exited (${code}):\n${output}`)));
  });
  return { url, stop: () => dev.kill() };
}
