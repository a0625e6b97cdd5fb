/**
 * `npm run conformance [-- --details] [-- --topics a,b]`: scores the engine against the peers' labelled
 * fixtures in ../shared/corpus/labelled. Prints a table per source and topic; `--details` lists each
 * disagreement with the findings (or their absence). See docs/conformance.md for the verdicts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { corpusRoot, runConformance, scoreByTopic, TOPIC_RULES } from './conformance-lib';

const repoRoot = join(__dirname, '..');
const args = process.argv.slice(2);
const details = args.includes('--details');
const topicsArg = args.find((a) => a.startsWith('--topics='));
const topics = topicsArg ? topicsArg.slice('--topics='.length).split(',') : Object.keys(TOPIC_RULES);

if (!existsSync(corpusRoot(repoRoot))) {
  console.log(`conformance: skipped, no labelled corpus at ${corpusRoot(repoRoot)} (it ships with the team's shared folder, not with the repository)`);
  process.exit(0);
}

const results = runConformance(repoRoot, topics);
const scores = scoreByTopic(results);
const header = ['source', 'topic', 'positives flagged', 'negatives clean', 'KICS line matches'];
const rows = scores.map((s) => [
  s.source,
  s.topic,
  `${s.positivesFlagged}/${s.positives}`,
  `${s.negativesClean}/${s.negatives}`,
  s.source === 'kics' ? `${s.matchedLines}/${s.expectedLines}` : '-',
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const fmt = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(fmt(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(fmt(r));
const total = results.length;
const ok = results.filter((r) => r.ok).length;
console.log(`\n${ok}/${total} labelled cases agree with the peers' labels (topics: ${topics.join(', ')}).`);
if (details) {
  for (const r of results.filter((x) => !x.ok || x.matchedLines.length < x.expectedLines.length)) {
    console.log(`\n${r.ok ? 'LINES' : 'DISAGREE'} ${r.source} ${r.topic} ${r.unit} expected ${r.expected}${r.expectedLines.length ? ` at lines ${r.expectedLines.join(',')}` : ''}`);
    for (const f of r.findings) console.log(`  ${f.line}  ${f.ruleId}  ${f.message}`);
    if (r.findings.length === 0) console.log('  (no findings)');
  }
}
