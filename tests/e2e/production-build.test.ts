/** A production build needs to know where the site will live: without SITE_URL it stops with a message naming it. */
import { describe, expect, test } from 'vitest';
import { buildSite, siteFolder } from '../support/build-site.ts';

describe('a production build', () => {
  test('without SITE_URL stops, and says what to set', async () => {
    const out = await siteFolder('no-site');
    const failure = await buildSite({ out, site: '', search: false }).then(
      () => null,
      (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
    expect(failure).not.toBeNull();
    expect(failure).toMatch(/SITE_URL is not set/u);
    expect(failure).toMatch(/npm start/u);
  }, 600_000);

  test('with a SITE_URL that is no URL stops, naming it', async () => {
    const out = await siteFolder('bad-site');
    const failure = await buildSite({ out, site: 'news dot example', search: false }).then(
      () => null,
      (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
    expect(failure).toMatch(/SITE_URL is not a URL: "news dot example"/u);
  }, 600_000);
});
