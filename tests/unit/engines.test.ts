import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> };

/** The Node 20 release the README promises the project runs on (the machines run 20.19 and later). */
const node20 = '20.19.0';

describe('installed packages run on Node 20', () => {
  test('every locked package that names a Node engine accepts Node 20, so `npm install` prints no engine warning', () => {
    const refusing = Object.entries(lock.packages)
      .filter(([name]) => name !== '')
      .flatMap(([name, entry]) => {
        const range = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
        return range && !semver.satisfies(node20, range) ? [`${name.replace(/^.*node_modules\//u, '')}@${entry.version}: node ${range}`] : [];
      });
    expect(refusing).toEqual([]);
  });
});
