/**
 * Conformance against the labelled peer corpus (../shared/corpus/labelled): runs the real engine over
 * the peers' own fixtures and scores, per source and topic, positives flagged and negatives clean, plus
 * KICS expected-line matches. kube-linter files mix firing and non-firing objects in one file, so they
 * are scored per object (objects named `dont-fire*` must stay clean).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintDocument } from '../server/src/engine/lint';
import { LineIndex } from '../server/src/engine/positions';
import type { Finding } from '../server/src/engine/types';
import { extractFacts, WorkspaceIndex } from '../server/src/engine/workspace-index';
import { parseYaml } from '../server/src/engine/yaml';

/** Which of our rules answer each topic of the corpus vocabulary. */
export const TOPIC_RULES: Record<string, string[]> = {
  run_as_root: ['DF001', 'K8S001', 'K8S024'],
  privileged: ['K8S002'],
  privilege_escalation: ['K8S003'],
  secret_in_env: ['DF002', 'K8S004', 'SEC001', 'SEC002'],
  secret_in_file: ['K8S005', 'K8S006', 'SEC001', 'SEC002'],
  secret_ref_in_env: ['K8S046'],
  network_policy_missing: ['WS001'],
  rbac_wildcard: ['K8S050'],
  rbac_dangerous_permission: ['K8S052', 'K8S053', 'K8S054', 'K8S056', 'K8S057'],
  cluster_admin_binding: ['K8S051'],
  service_exposed: ['K8S061'],
  ingress_exposure: ['K8S062'],
  network_policy_misconfigured: ['K8S060', 'WS002'],
  capabilities_not_dropped: ['K8S007'],
  capabilities_added: ['K8S008'],
  seccomp: ['K8S009'],
  readonly_root_fs: ['K8S010'],
  host_namespace: ['K8S011'],
  host_port: ['K8S012'],
  host_path: ['K8S013'],
  docker_socket: ['K8S014'],
  sa_token_automount: ['K8S015'],
  default_service_account: ['K8S016'],
  resource_requests: ['K8S017'],
  resource_limits: ['K8S017', 'K8S018'],
  probes_missing: ['K8S019'],
  image_tag_latest: ['DF009', 'K8S020'],
  image_not_pinned_digest: ['DF010', 'K8S021'],
  image_pull_policy: ['K8S023'],
  security_context_missing: ['K8S025'],
  ssh_port: ['DF007', 'K8S029'],
  apparmor: ['K8S030'],
  run_as_low_uid: ['K8S031'],
  default_namespace: ['K8S032'],
  sudo_in_run: ['DF003'],
  add_instead_of_copy: ['DF016'],
  add_remote_url: ['DF012'],
  remote_script_pipe: ['DF013'],
  pipe_without_pipefail: ['DF017'],
  package_not_pinned: ['DF015'],
  healthcheck_missing: ['DF019'],
};

export interface ManifestEntry {
  source: string;
  topic: string;
  file_type: string;
  file: string;
  expected: 'positive' | 'negative';
  expected_lines: number[];
  expected_count?: number;
  documents?: { line: number; kind: string; name: string }[];
}

export interface CaseResult {
  source: string;
  topic: string;
  file: string;
  /** For kube-linter: `file#objectName`. */
  unit: string;
  expected: 'positive' | 'negative';
  flagged: boolean;
  ok: boolean;
  expectedLines: number[];
  matchedLines: number[];
  findings: { ruleId: string; line: number; message: string }[];
}

export interface TopicScore {
  source: string;
  topic: string;
  positives: number;
  positivesFlagged: number;
  negatives: number;
  negativesClean: number;
  expectedLines: number;
  matchedLines: number;
}

export function corpusRoot(repoRoot: string): string {
  return join(repoRoot, '..', 'shared', 'corpus', 'labelled');
}

function lintFile(absPath: string, fileType: string, rules: string[]): Finding[] {
  const text = readFileSync(absPath, 'utf8').replace(/^\uFEFF/, '');
  const uri = `file://${absPath}`;
  const kind = fileType === 'dockerfile' ? 'dockerfile' : 'kubernetes';
  const options: { index?: WorkspaceIndex } = {};
  if (kind === 'kubernetes') {
    // Each fixture is its own workspace: the cross-file rule sees the file's own policies only.
    const index = new WorkspaceIndex();
    index.setFile(uri, extractFacts(uri, parseYaml(text, new LineIndex(text)).docs, 'default'));
    options.index = index;
  }
  // The strict profile, so that strict-only rules (digest pinning, low UIDs ...) are measured too.
  const result = lintDocument({ uri, text, kind }, { today: '2026-01-01', profile: 'strict' }, options);
  return result.findings.filter((f) => rules.includes(f.ruleId));
}

export function runConformance(repoRoot: string, topics = Object.keys(TOPIC_RULES)): CaseResult[] {
  const root = corpusRoot(repoRoot);
  const out: CaseResult[] = [];
  for (const source of ['kics', 'kube-linter']) {
    const manifestPath = join(root, source, 'manifest.json');
    if (!existsSync(manifestPath)) continue;
    const entries = JSON.parse(readFileSync(manifestPath, 'utf8')) as ManifestEntry[];
    for (const e of entries) {
      if (!topics.includes(e.topic)) continue;
      const rules = TOPIC_RULES[e.topic] ?? [];
      const findings = lintFile(join(root, source, e.file), e.file_type, rules);
      const brief = findings.map((f) => ({ ruleId: f.ruleId, line: f.range.start.line + 1, message: f.message }));
      if (source === 'kube-linter' && e.documents?.length) {
        const docs = [...e.documents].sort((a, b) => a.line - b.line);
        docs.forEach((doc, i) => {
          const end = i + 1 < docs.length ? docs[i + 1]!.line : Number.POSITIVE_INFINITY;
          const mine = brief.filter((f) => f.line >= doc.line - 1 && f.line < end - 1);
          const expected = doc.name.startsWith('dont-fire') ? 'negative' : 'positive';
          const flagged = mine.length > 0;
          out.push({ source, topic: e.topic, file: e.file, unit: `${e.file}#${doc.kind}/${doc.name}`, expected, flagged, ok: flagged === (expected === 'positive'), expectedLines: [], matchedLines: [], findings: mine });
        });
        continue;
      }
      const flagged = findings.length > 0;
      const lines = new Set(brief.map((f) => f.line));
      const matchedLines = e.expected_lines.filter((l) => lines.has(l));
      out.push({ source, topic: e.topic, file: e.file, unit: e.file, expected: e.expected, flagged, ok: flagged === (e.expected === 'positive'), expectedLines: e.expected_lines, matchedLines, findings: brief });
    }
  }
  return out;
}

export function scoreByTopic(results: CaseResult[]): TopicScore[] {
  const map = new Map<string, TopicScore>();
  for (const r of results) {
    const key = `${r.source}\u0000${r.topic}`;
    let s = map.get(key);
    if (!s) {
      s = { source: r.source, topic: r.topic, positives: 0, positivesFlagged: 0, negatives: 0, negativesClean: 0, expectedLines: 0, matchedLines: 0 };
      map.set(key, s);
    }
    if (r.expected === 'positive') {
      s.positives++;
      if (r.flagged) s.positivesFlagged++;
      s.expectedLines += r.expectedLines.length;
      s.matchedLines += r.matchedLines.length;
    } else {
      s.negatives++;
      if (!r.flagged) s.negativesClean++;
    }
  }
  return [...map.values()].sort((a, b) => a.source.localeCompare(b.source) || a.topic.localeCompare(b.topic));
}
