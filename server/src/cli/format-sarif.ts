/**
 * `--format sarif`: SARIF 2.1.0 (validated against the OASIS schema in test/cli). Shaped for
 * GitHub code scanning: rules carry `security-severity` and tags, results carry partial
 * fingerprints that survive line moves, and suppressed findings are kept as `inSource` suppressions
 * with the justification auditors ask for.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { ruleDocsUrl } from '../engine/config';
import type { Rule } from '../engine/rule';
import type { Finding, Severity } from '../engine/types';
import type { Report } from './report';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';
type Json = Record<string, unknown>;

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };
/** GitHub ranks security alerts by this score (critical >= 9, high >= 7, medium >= 4, low > 0). */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.0', info: '2.0' };
const SRCROOT = '%SRCROOT%';
const INFORMATION_URI = 'https://github.com/soc2lint/soc2lint';

/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
function uriOf(displayPath: string): string {
  return displayPath.split('/').map(encodeURIComponent).join('/');
}

function ruleDescriptor(rule: Rule, docsUrl: string): Json {
  const m = rule.meta;
  return {
    id: m.id,
    name: m.slug,
    shortDescription: { text: m.title },
    fullDescription: { text: m.description },
    help: { text: `${m.remediation}\n\nDocumentation: ${docsUrl}`, markdown: `**Remediation.** ${m.remediation}\n\n[${m.id} documentation](${docsUrl})` },
    helpUri: docsUrl,
    defaultConfiguration: { level: LEVEL[m.severity], enabled: m.profile !== 'strict' },
    properties: {
      tags: ['security', 'soc2', ...m.controls],
      precision: 'high',
      'problem.severity': m.severity === 'info' ? 'recommendation' : m.severity,
      'security-severity': SECURITY_SEVERITY[m.severity],
      controls: [...m.controls],
    },
  };
}

function region(f: Finding): Json {
  // SARIF is 1-based with an exclusive end column, the same convention as LSP shifted by one.
  return { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 };
}

function fingerprintBase(file: string, f: Finding): string {
  const r = f.resource;
  const resource = r ? `${r.kind}/${r.namespace ?? ''}/${r.name}` : '';
  return createHash('sha256').update([f.ruleId, file, resource, f.messageId, f.message].join('\0')).digest('hex').slice(0, 32);
}

export function toSarif(report: Report, cwd: string): Json {
  const rules = [...report.rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  const indexOf = new Map(rules.map((r, i) => [r.meta.id, i]));
  const seen = new Map<string, number>();

  const result = (file: string, f: Finding): Json => {
    // Identical findings in one file get an occurrence number so fingerprints stay unique.
    const base = fingerprintBase(file, f);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const out: Json = {
      ruleId: f.ruleId,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: uriOf(file), uriBaseId: SRCROOT }, region: region(f) },
          ...(f.resource
            ? { logicalLocations: [{ name: f.resource.name, fullyQualifiedName: [f.resource.namespace, f.resource.kind, f.resource.name].filter(Boolean).join('/'), kind: 'resource' }] }
            : {}),
        },
      ],
      partialFingerprints: { 'soc2lintFinding/v1': `${base}:${n}` },
      properties: { controls: [...f.controls], ...(f.fix ? { fixable: true } : {}) },
    };
    const index = indexOf.get(f.ruleId);
    if (index !== undefined) out.ruleIndex = index;
    return out;
  };

  const results: Json[] = report.findings.map(({ file, finding }) => result(file, finding));
  for (const { file, finding } of report.suppressed) {
    const r = result(file, finding);
    const s = finding.suppression;
    r.suppressions = [
      {
        kind: 'inSource',
        status: 'accepted',
        justification: s.reason,
        ...(s.until ? { properties: { until: s.until, scope: s.scope } } : { properties: { scope: s.scope } }),
        location: { physicalLocation: { artifactLocation: { uri: uriOf(file), uriBaseId: SRCROOT }, region: { startLine: s.line + 1 } } },
      },
    ];
    results.push(r);
  }

  const overrides: Json[] = [];
  for (const rule of rules) {
    const setting = report.config.rules[rule.meta.id];
    if (setting === undefined || setting === rule.meta.severity) continue;
    const configuration = setting === 'off' ? { enabled: false } : { enabled: true, level: LEVEL[setting] };
    overrides.push({ descriptor: { id: rule.meta.id, index: indexOf.get(rule.meta.id) }, configuration });
  }

  const notifications: Json[] = [
    ...report.scan.skipped.map((s) => ({
      level: 'note',
      message: { text: `Skipped ${s.displayPath}: ${s.detail}.` },
      descriptor: { id: `skipped-${s.reason}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(s.displayPath), uriBaseId: SRCROOT } } }],
    })),
    ...report.scan.ruleErrors.map((e) => ({
      level: 'error',
      message: { text: `Rule ${e.ruleId} failed on ${e.displayPath}: ${e.message}` },
      descriptor: { id: 'rule-error' },
      associatedRule: { id: e.ruleId, ...(indexOf.has(e.ruleId) ? { index: indexOf.get(e.ruleId) } : {}) },
      locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(e.displayPath), uriBaseId: SRCROOT } } }],
    })),
  ];

  const invocation: Json = { executionSuccessful: report.scan.ruleErrors.length === 0 };
  if (overrides.length > 0) invocation.ruleConfigurationOverrides = overrides;
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;

  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'soc2lint',
            version: report.toolVersion,
            semanticVersion: report.toolVersion,
            informationUri: INFORMATION_URI,
            rules: rules.map((r) => ruleDescriptor(r, ruleDocsUrl(report.config, r.meta.id))),
          },
        },
        invocations: [invocation],
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(report: Report, cwd: string): string {
  return JSON.stringify(toSarif(report, cwd), null, 2) + '\n';
}
