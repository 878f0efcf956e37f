// `npm run lock:platforms`: records other platforms' optional native packages (rollup, pagefind) in
// package-lock.json. The registry reachable here does not serve them, so `npm install` leaves them out and
// `npm ci` then refuses the lock file. Each entry carries its os/cpu/libc so npm skips it on other machines.
// Run it after any `npm install` that changes the lock file.
import { readFileSync, writeFileSync } from 'node:fs';

const platforms = ['darwin', 'win32', 'freebsd', 'openbsd', 'android', 'openharmony', 'linux'];
const cpus = ['arm64', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'arm'];
const osOf = (name) => (/windows/.test(name) ? 'win32' : platforms.find((os) => name.includes(os)));
const cpuOf = (name) => cpus.find((cpu) => name.includes(cpu));

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [location, meta] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    if (packages[`node_modules/${name}`] || packages[`${location}/node_modules/${name}`]) continue;
    const os = osOf(name);
    const cpu = cpuOf(name);
    if (!os || !cpu) continue;
    // Keys in the order npm itself writes them, so a later `npm install` leaves the file as it is.
    const entry = { version, cpu: [cpu] };
    if (meta.dev) entry.dev = true;
    if (os === 'linux') entry.libc = [name.includes('musl') ? 'musl' : 'glibc'];
    Object.assign(entry, { optional: true, os: [os] });
    packages[`node_modules/${name}`] = entry;
    added++;
  }
}
const order = ([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0);
lock.packages = Object.fromEntries(Object.entries(packages).sort(order));
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock:platforms: recorded ${added} optional platform packages`);
