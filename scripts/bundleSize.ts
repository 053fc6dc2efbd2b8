/**
 * Prints the gzipped size of every built client chunk and of the first load (the entry script
 * and the modules index.html preloads), and fails when the first load passes the budget.
 * Usage: `npx vite build && npx tsx scripts/bundleSize.ts [--dir dist/client] [--budget-kb 200]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

export function gzipSize(path: string): ChunkSize {
  const data = readFileSync(path);
  return { file: path, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

/** The JavaScript a browser fetches before the home page runs: the entry module and what index.html preloads. */
export function firstLoadScripts(dir: string): string[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map(
    (m) => m[1] as string,
  );
  return [...new Set(srcs)].map((src) => join(dir, src.replace(/^\//, '')));
}

export function firstLoadGzip(dir: string): number {
  return firstLoadScripts(dir).reduce((sum, file) => sum + gzipSize(file).gzip, 0);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function main(): void {
  const args = process.argv.slice(2);
  const dir = args[args.indexOf('--dir') + 1] && args.includes('--dir') ? (args[args.indexOf('--dir') + 1] as string) : 'dist/client';
  const budget = args.includes('--budget-kb') ? Number(args[args.indexOf('--budget-kb') + 1]) : 200;
  const assets = join(dir, 'assets');
  const chunks = readdirSync(assets)
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((f) => gzipSize(join(assets, f)))
    .sort((a, b) => b.gzip - a.gzip);
  const first = new Set(firstLoadScripts(dir));
  console.log('chunk'.padEnd(52), 'raw'.padStart(10), 'gzip'.padStart(10));
  for (const c of chunks)
    console.log(`${first.has(c.file) ? '* ' : '  '}${c.file.replace(`${assets}/`, '')}`.padEnd(52), kb(c.bytes).padStart(10), kb(c.gzip).padStart(10));
  const total = firstLoadGzip(dir);
  console.log(`\nFirst load (* above): ${kb(total)} gzipped JavaScript; budget ${budget} KB.`);
  if (total > budget * 1024) {
    console.error(`Over budget by ${kb(total - budget * 1024)}.`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) main();
