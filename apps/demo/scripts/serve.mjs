#!/usr/bin/env node
// A tiny static server for the built site, behaving like a static host: every page is a file, `/dir` redirects
// to `/dir/`, unknown paths get 404.html with status 404, and the headers of dist/_headers (the CSP among them)
// apply as on Netlify or Cloudflare Pages. Text is gzipped. Usage: node scripts/serve.mjs [--port 4173] [--root dist]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

/** Parses a `_headers` file: [{ pattern, headers: [[name, value]] }]. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (rules.length) {
      const i = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

const matches = (pattern, path) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

export function startServer({ root = fileURLToPath(new URL('../dist', import.meta.url)), port = 0, host = '127.0.0.1', headers = true } = {}) {
  root = resolve(root);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} has no index.html: run \`pnpm build\` first`);
  const rules = headers && existsSync(join(root, '_headers')) ? parseHeaders(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const cache = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = '/';
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) file = join(root, '404.html');
    let status = 200;
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || path.endsWith('/_headers')) {
      file = join(root, '404.html');
      status = 404;
    }
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const out = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    for (const rule of rules) if (matches(rule.pattern, path)) for (const [k, v] of rule.headers) out[k] = v;
    let body = readFileSync(file);
    if (/text|json|svg|javascript/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!cache.has(file)) cache.set(file, gzipSync(body));
      body = cache.get(file);
      out['Content-Encoding'] = 'gzip';
      out.Vary = 'Accept-Encoding';
    }
    out['Content-Length'] = body.length;
    res.writeHead(status, out);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      ok({ url: `http://${host}:${actual}/`, server, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const options = { root: arg('root'), host: arg('host') ?? '127.0.0.1' };
  const port = Number(arg('port') ?? process.env.PORT ?? 4173);
  // The usual port, or any free one when it is taken.
  const { url } = await startServer({ ...options, port }).catch((e) => (e.code === 'EADDRINUSE' ? startServer({ ...options, port: 0 }) : Promise.reject(e)));
  console.log(`arms-control site: ${url}  (Ctrl+C to stop)`);
}
