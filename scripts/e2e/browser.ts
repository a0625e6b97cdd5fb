/**
 * Headless Debian Chromium driven by playwright-core (never `playwright` and its browser downloads),
 * screenshots, and a small memory sampler for the runs' process trees.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ARTIFACTS, CHROMIUM } from './paths';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  return context.newPage();
}

/** Saves a PNG under .cache/e2e/artifacts and returns its path (never throws: it runs in error paths). */
export async function screenshot(page: Page | undefined, name: string): Promise<string | undefined> {
  if (!page || page.isClosed()) return undefined;
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  try {
    await page.screenshot({ path: file, timeout: 10_000 });
    return file;
  } catch {
    return undefined;
  }
}

/**
 * Peak memory of this process's descendants (code-server, extension host, language server,
 * Chromium), sampled from /proc: proportional set size (shared pages split between the processes
 * sharing them) where the kernel offers smaps_rollup, else RSS (which over-counts shared pages).
 */
export class MemorySampler {
  peakBytes = 0;
  private timer: NodeJS.Timeout | undefined;

  start(intervalMs = 500): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
    return this;
  }

  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    return this.peakBytes;
  }

  sample(): void {
    try {
      const children = new Map<number, number[]>();
      const rss = new Map<number, number>();
      for (const name of readdirSync('/proc')) {
        if (!/^\d+$/.test(name)) continue;
        try {
          const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
          // Fields after the parenthesised command: state ppid ... ; rss is field 24 (in pages).
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          const pid = Number(name);
          const ppid = Number(fields[1]);
          rss.set(pid, Number(fields[21]) * 4096);
          const list = children.get(ppid) ?? [];
          list.push(pid);
          children.set(ppid, list);
        } catch {
          // process ended while reading
        }
      }
      let total = 0;
      const stack = [...(children.get(process.pid) ?? [])];
      while (stack.length > 0) {
        const pid = stack.pop() as number;
        total += pss(pid) ?? rss.get(pid) ?? 0;
        stack.push(...(children.get(pid) ?? []));
      }
      this.peakBytes = Math.max(this.peakBytes, total);
    } catch {
      // no /proc: no numbers
    }
  }
}

function pss(pid: number): number | undefined {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/**
 * Opens `folder` in the workbench and waits until the Explorer shows its Dockerfile. An unpacked
 * extension goes in through the `payload` parameter, which code-server honours only with the
 * smoke-test driver on.
 */
export async function openWorkbench(page: Page, server: { url: string; host: string; port: number }, folder: string, extensionDir?: string): Promise<void> {
  let url = `${server.url}/?folder=${encodeURIComponent(folder)}`;
  if (extensionDir) {
    const payload = [['extensionDevelopmentPath', `vscode-remote://${server.host}:${server.port}${extensionDir}`]];
    url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  }
  await page.goto(url);
  await page.locator('.explorer-folders-view .monaco-list-row[aria-label="Dockerfile"]').waitFor({ timeout: 60_000 });
}
