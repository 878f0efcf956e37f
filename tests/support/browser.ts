/** Debian's Chromium driven by playwright-core, started the way this project's machines allow. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian installs Chromium; no test ever downloads a browser. */
export const chromiumPath = '/usr/bin/chromium';

/** Launches headless Chromium with the flags the closed network here needs. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium is not installed at ${chromiumPath}: run \`apt-get install -y chromium\` (Debian's package; tests never download a browser)`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}
