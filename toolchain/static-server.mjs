// A static file server for the page, bound to loopback only. Sends the same strict
// Content-Security-Policy as the page's meta tag, and the right MIME types for .wasm and .js.
// Usage: node toolchain/static-server.mjs ROOT [PORT]   (PORT 0 picks a free one)
import http from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
  "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Starts serving `root`; resolves to {server, url}. */
export function startStaticServer(root, port = 0) {
  const base = path.resolve(root);
  const server = http.createServer(async (request, response) => {
    const headers = {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    };
    try {
      const url = new URL(request.url, 'http://localhost');
      let file = path.normalize(path.join(base, decodeURIComponent(url.pathname)));
      if (file !== base && !file.startsWith(base + path.sep)) throw Object.assign(new Error(), { status: 403 });
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) throw Object.assign(new Error(), { status: 404 });
      headers['Content-Type'] = MIME_TYPES[path.extname(file)] ?? 'application/octet-stream';
      headers['Content-Length'] = info.size;
      response.writeHead(200, headers);
      if (request.method === 'HEAD') return response.end();
      createReadStream(file).pipe(response);
    } catch (error) {
      const status = error.status ?? 400;
      response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`${status}\n`);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve({ server, url: `http://127.0.0.1:${server.address().port}/` });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'build/web';
  const wanted = Number(process.argv[3] ?? process.env.PORT ?? 8080);
  let started;
  // Try the wanted port, then the next few, so a second copy does not just fail.
  for (let port = wanted; port < wanted + 20 && !started; ++port) {
    started = await startStaticServer(root, port).catch((error) => {
      if (error.code !== 'EADDRINUSE') throw error;
      return null;
    });
    if (wanted === 0) break;
  }
  if (!started) {
    console.error(`serve: no free port from ${wanted}`);
    process.exit(1);
  }
  console.log(`newsprism is served at ${started.url}  (Ctrl+C to stop)`);
}
