/** A static file server for the built site, on a free port of 127.0.0.1, for end-to-end tests. */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};

/** A running server and how to reach and stop it. */
export interface SiteServer {
  /** The origin and base path, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  close(): Promise<void>;
}

/** The headers a `_headers` file gives every path ("/*"), as a static host would send them. */
async function headersFile(dir: string): Promise<Record<string, string>> {
  const text = await readFile(path.join(dir, '_headers'), 'utf8').catch(() => '');
  const headers: Record<string, string> = {};
  let applies = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/u.test(line)) applies = line.trim() === '/*';
    else if (applies) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}

/** Serves `dir` under `base` (`/` or `/sub/`) with the headers of its `_headers` file; directories answer with their `index.html`, misses with 404. */
export async function serveDirectory(dir: string, base = '/'): Promise<SiteServer> {
  const extraHeaders = await headersFile(dir);
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(base)) {
      response.writeHead(404).end('not under base');
      return;
    }
    let file = path.join(dir, pathname.slice(base.length));
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      await stat(file);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { ...extraHeaders, 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
