// What every Chromium check shares: Debian's Chromium, headless, driven by playwright-core (from
// tests/js), and a static server on 127.0.0.1 for a directory (and pages given as text).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../js/package.json', import.meta.url));
const { chromium } = require('playwright-core');

/** axe-core's script, to add to a page. */
export const axePath = require.resolve('axe-core/axe.min.js');

/** Headless Chromium with the flags this machine needs. */
export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.mjs': 'text/javascript', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.css': 'text/css' };

/**
 * Serves `dir` on 127.0.0.1 (a free port); `pages` maps a path to HTML served instead of a file.
 * Resolves to `{ url, close }`.
 */
export async function serve(dir, pages = {}) {
  const server = createServer(async (req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path.endsWith('/')) path += 'index.html';
    if (path === '/favicon.ico') return res.writeHead(204).end(); // asked by the browser itself
    if (pages[path] !== undefined) return res.writeHead(200, { 'content-type': TYPES['.html'] }).end(pages[path]);
    try {
      const body = await readFile(join(dir, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
