/**
 * `npx tsx bench/lsp-bench.ts`: keystroke-to-diagnostics latency of the BUILT language server over
 * stdio (debounce 0): the time from sending a didChange to receiving the publishDiagnostics for that
 * version, for 150- and 2,000-line Dockerfiles and 100- and 1,700-line manifests. Prints median and p95.
 * Never run as a test: timings on shared machines are noisy, so they are read, not asserted.
 */
import { performance } from 'node:perf_hooks';
import { LspClient } from '../test/lsp/client';
import { dockerfile, manifests } from './generate';

const ROUNDS = Number(process.env.ROUNDS ?? 60);
const WARMUP = 10;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(client: LspClient, name: string, text: string, languageId: string): Promise<void> {
  const uri = `file:///bench/${name}`;
  client.open(uri, text, languageId);
  await client.diagnostics(uri, { version: 1 });
  const lines = text.split('\n');
  // Edit the middle of the file: type a character into a comment-free value and take it back.
  const line = Math.floor(lines.length / 2);
  const at = lines[line]!.length;
  const samples: number[] = [];
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    const insert = round % 2 === 0;
    const since = client.mark();
    const started = performance.now();
    const range = insert ? { start: { line, character: at }, end: { line, character: at } } : { start: { line, character: at }, end: { line, character: at + 1 } };
    const version = client.change(uri, [{ range, text: insert ? ' ' : '' }]);
    await client.diagnostics(uri, { since, version });
    if (round >= WARMUP) samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  console.log(`${name.padEnd(22)} ${String(lines.length - 1).padStart(5)} lines  median ${percentile(samples, 50).toFixed(2).padStart(6)} ms  p95 ${percentile(samples, 95).toFixed(2).padStart(6)} ms  (${ROUNDS} edits)`);
  client.close(uri);
}

async function main(): Promise<void> {
  const client = await LspClient.start({ settings: { debounceMs: 0 } });
  try {
    console.log(`soc2lint language server: didChange -> publishDiagnostics over stdio, debounce 0, node ${process.version}`);
    await measure(client, 'Dockerfile', dockerfile(150), 'dockerfile');
    await measure(client, 'Dockerfile-2000', dockerfile(2000), 'dockerfile');
    await measure(client, 'manifests-100.yaml', manifests(100), 'yaml');
    await measure(client, 'manifests-1700.yaml', manifests(1700), 'yaml');
  } finally {
    await client.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
