/**
 * Run a command and measure it as a user would feel it: wall time, CPU time (user + system of the
 * command and every child it waited for, from GNU time), and peak memory of the whole process
 * tree (the sum of the tree's resident sets, polled from /proc, since a build may start other processes: Pagefind).
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';

export interface Measurement {
  wallSeconds: number;
  /** User + system CPU seconds, or NaN where GNU time is missing. */
  cpuSeconds: number;
  /** Peak summed RSS of the process tree, in MiB. */
  peakMiB: number;
  exitCode: number;
}

const GNU_TIME = '/usr/bin/time';
const PAGE_BYTES = 4096;

/** Resident bytes of `root` and all its descendants, from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // exited between the listing and the read
    }
    // The command name may contain spaces or parentheses: fields start after the last `)`.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(name);
    const ppid = Number(fields[1]);
    rss.set(pid, Number(fields[21]) * PAGE_BYTES);
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Run `command args` in `cwd`, its output appended to `log`. */
export async function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; log: string }): Promise<Measurement> {
  const timeFile = `${options.log}.time`;
  rmSync(timeFile, { force: true });
  const withTime = existsSync(GNU_TIME);
  const [file, argv] = withTime ? [GNU_TIME, ['-f', '%U %S', '-o', timeFile, command, ...args]] : [command, args];
  const out = openSync(options.log, 'a');
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', out, out] });
  let peak = 0;
  const poll = setInterval(() => {
    if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
  }, 100);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  clearInterval(poll);
  const wallSeconds = (performance.now() - started) / 1000;
  closeSync(out);
  let cpuSeconds = Number.NaN;
  if (withTime && existsSync(timeFile)) {
    // GNU time writes "Command exited with non-zero status N" first when the command fails.
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
    const [user, system] = last.split(' ').map(Number);
    if (user !== undefined && system !== undefined) cpuSeconds = user + system;
  }
  return { wallSeconds, cpuSeconds, peakMiB: peak / 1024 / 1024, exitCode };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
