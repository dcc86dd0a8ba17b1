#!/usr/bin/env node
/**
 * npm start: builds the extension, says where the build is and how to load it, then opens
 * Chromium with it on the bundled demo article. Where there is no display (a server, CI), it
 * scans the same article with the CLI instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const demo = join(root, 'assets/demo');
const lang = process.argv.includes('--en') ? 'en' : 'id';
const page = `ai-work.${lang}.html`;
const hasDisplay = process.platform === 'darwin' || process.platform === 'win32' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run('npm', ['run', 'build']);
const extension = join(root, '.output/chrome-mv3');
console.log(`\nRecount is built in ${extension}.`);
console.log('To load it yourself: open chrome://extensions, turn on Developer mode, choose "Load unpacked" and select that folder.\n');

if (!hasDisplay) {
  console.log(`No display found: scanning the demo article with the CLI instead (npm run scan -- assets/demo/${page}).\n`);
  run('npm', ['run', '--silent', 'scan', '--', join('assets/demo', page)]);
  process.exit(0);
}

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'].filter(Boolean);
const browser = candidates.find((p) => existsSync(p));
if (!browser) {
  console.error('Recount: no Chromium found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}

// The demo is served from 127.0.0.1, like any http page the content script runs on.
const server = createServer((req, res) => {
  const name = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.slice(1) || page;
  const file = join(demo, name);
  if (!file.startsWith(demo) || !existsSync(file) || !name.endsWith('.html')) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const url = `http://127.0.0.1:${port}/${page}`;
  console.log(`Opening ${url} in ${browser} with Recount loaded. Close the browser to stop.`);
  const child = spawn(browser, [
    `--user-data-dir=${mkdtempSync(join(tmpdir(), 'recount-demo-'))}`,
    `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
    '--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--disable-sync', '--disable-component-update',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    url,
  ], { stdio: 'ignore' });
  child.on('exit', () => server.close());
});
