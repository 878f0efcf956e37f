/**
 * Incremental output, the routes' side: every dynamic route's `getStaticPaths` passes its pages through
 * `renderOnlyChanged`, which leaves out the pages whose key is unchanged and whose file is still there, and writes
 * the route's page keys for the integration (`integrations/page-cache.ts`) to gather when the build is done.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pageCache } from 'virtual:crosscheck/page-cache';
import { selectPagesToRender, type StaticPath } from './page-keys.ts';

/** The previous build's keys by output file, or null when there is no usable previous build. */
function previousKeys(): Record<string, string> | null {
  try {
    const manifest = JSON.parse(readFileSync(pageCache.previousFile, 'utf8')) as { code: string; pages: Record<string, string> };
    return manifest.code === pageCache.code ? manifest.pages : null;
  } catch {
    return null;
  }
}

/** The pages of a route to render in this build; the others keep the files the previous build wrote. */
export function renderOnlyChanged<P extends StaticPath>(route: string, paths: P[]): P[] {
  if (!pageCache.enabled) return paths;
  const selection = selectPagesToRender(route, paths, pageCache.code, previousKeys(), (file) => existsSync(path.join(pageCache.outDir, file)));
  const name = `${createHash('sha256').update(route).digest('hex').slice(0, 16)}.json`;
  writeFileSync(path.join(pageCache.pendingDir, name), JSON.stringify({ route, pages: selection.pages, rendered: selection.render.length, kept: selection.kept }));
  return selection.render;
}
