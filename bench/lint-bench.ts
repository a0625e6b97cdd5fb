/**
 * `npm run bench`: engine latency per keystroke-sized job, against the targets in the brief
 * (Dockerfile ≤ 5 ms at 150 lines, ≤ 30 ms at 2,000; YAML ≤ 10 ms at 100 lines, ≤ 30 ms at 1,700,
 * ≤ 80 ms at 5,000; full lint ≤ 2x the bare parse). Prints medians, p95 and the lint/parse ratio.
 * Never run as a test: timings on shared machines are noisy, so they are read, not asserted.
 * `npm run bench` bundles this file with esbuild, as dist/ is built, so the numbers are the shipped
 * code's (under tsx every cross-module call goes through an export getter; see docs/decisions.md).
 */
import { performance } from 'node:perf_hooks';
import { lintDocument, parseDocument } from '../server/src/engine/lint';
import { LineIndex } from '../server/src/engine/positions';
import type { FileKind } from '../server/src/engine/types';
import { extractFacts, WorkspaceIndex } from '../server/src/engine/workspace-index';
import { parseYaml } from '../server/src/engine/yaml';
import { YamlParseCache } from '../server/src/engine/yaml-cache';
import { DockerfileParseCache } from '../server/src/engine/dockerfile-cache';
import { dockerfile, manifests } from './generate';

function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]! };
}

function measure(fn: () => void, runs: number): { median: number; p95: number } {
  for (let i = 0; i < Math.min(20, runs); i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

const cases: { name: string; kind: FileKind; text: string; target: number; runs: number; incremental?: boolean }[] = [
  { name: 'Dockerfile 150 lines', kind: 'dockerfile', text: dockerfile(150), target: 5, runs: 400 },
  { name: 'Dockerfile 2,000 lines', kind: 'dockerfile', text: dockerfile(2000), target: 30, runs: 60 },
  { name: 'YAML 100 lines', kind: 'kubernetes', text: manifests(100), target: 10, runs: 400 },
  { name: 'YAML 1,700 lines', kind: 'kubernetes', text: manifests(1700), target: 30, runs: 80 },
  { name: 'YAML 5,000 lines', kind: 'kubernetes', text: manifests(5000), target: 80, runs: 40 },
  // What the language server does: a per-document parse cache, so an edit re-parses one document.
  { name: 'YAML 1,700 incremental', kind: 'kubernetes', text: manifests(1700), target: 30, runs: 200, incremental: true },
  { name: 'YAML 5,000 incremental', kind: 'kubernetes', text: manifests(5000), target: 80, runs: 100, incremental: true },
  // The Dockerfile counterpart (dockerfile-cache.ts): an edit within a line re-parses one segment.
  { name: 'Dockerfile 150 incr.', kind: 'dockerfile', text: dockerfile(150), target: 5, runs: 400, incremental: true },
  { name: 'Dockerfile 2,000 incr.', kind: 'dockerfile', text: dockerfile(2000), target: 30, runs: 200, incremental: true },
];

console.log('case                     lines  lint median  lint p95  target  parse median  lint/parse');
for (const c of cases) {
  const uri = c.kind === 'dockerfile' ? 'file:///bench/Dockerfile' : 'file:///bench/app.yaml';
  const index = new WorkspaceIndex();
  if (c.kind === 'kubernetes') index.setFile('file:///bench/other.yaml', extractFacts('file:///bench/other.yaml', parseYaml(c.text, new LineIndex(c.text)).docs, 'default'));
  // A keystroke changes the text: vary one character per run so no cache could help (in a
  // Dockerfile, a comment in its middle line; in YAML, a value of the first document).
  let n = 0;
  const at = c.kind === 'dockerfile' ? c.text.indexOf('# step ', c.text.length >> 1) + 7 : -1;
  const edited = () => (at >= 7 ? c.text.slice(0, at) + String(n++ % 10) + c.text.slice(at) : c.text.replace('info', `inf${n++ % 10}`));
  const parseCache = c.incremental ? (c.kind === 'dockerfile' ? new DockerfileParseCache() : new YamlParseCache()) : undefined;
  const lint = measure(() => lintDocument({ uri, text: edited(), kind: c.kind }, { today: '2026-01-01' }, parseCache ? { index, parseCache } : { index }), c.runs);
  const parse = measure(() => parseDocument({ uri, text: edited(), kind: c.kind }), c.runs);
  const lines = c.text.split('\n').length - 1;
  console.log(
    `${c.name.padEnd(24)} ${String(lines).padStart(5)}  ${lint.median.toFixed(2).padStart(8)} ms  ${lint.p95.toFixed(2).padStart(5)} ms  ${String(c.target).padStart(3)} ms  ${parse.median.toFixed(2).padStart(9)} ms  ${(lint.median / parse.median).toFixed(2).padStart(9)}x`,
  );
}
