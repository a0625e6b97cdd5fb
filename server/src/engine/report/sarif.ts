/**
 * SARIF 2.1.0, written once for both `scan --format sarif` (cli/format-sarif.ts adapts its scan
 * report) and the compliance report (`report --format sarif`, which adds the SOC 2 criteria as a
 * `taxonomies` entry and rule `relationships` to it). Pure: no node:crypto (fingerprints use the
 * engine's SHA-256), no absolute paths unless the caller passes the source root.
 *
 * Shaped for GitHub code scanning: rules carry `security-severity` and tags, results carry partial
 * fingerprints that survive line moves, and accepted exceptions are `inSource` suppressions with
 * the justification auditors ask for.
 */
import { aliasesOf, aliasTool, type PeerTool } from '../aliases';
import { SOC2_CRITERIA } from '../controls';
import type { RuleMeta } from '../rule';
import { SOC2_CONTROLS, type LintConfig, type RuleSetting, type Severity } from '../types';
import { ruleDocsUrl } from '../config';
import type { CriterionResult, ReportException, ReportFinding, ReportRule, RuleErrorEntry, SkippedEntry } from './model';
import { sha256Hex } from './sha256';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';
export type Json = Record<string, unknown>;

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };
/** GitHub ranks security alerts by this score (critical >= 9, high >= 7, medium >= 4, low > 0). */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.0', info: '2.0' };
const SRCROOT = '%SRCROOT%';
const INFORMATION_URI = 'https://github.com/soc2lint/soc2lint';
/** The taxonomy's name; rules and results point at it by name and index 0. */
export const SOC2_TAXONOMY = 'SOC 2';
const TAXONOMY_REF = { name: SOC2_TAXONOMY, index: 0 };

/** What a SARIF log is written from (both the scan report and the compliance report map onto it). */
export interface SarifInput {
  toolVersion: string;
  rules: readonly SarifRule[];
  /** Open findings, in output order. */
  findings: readonly ReportFinding[];
  /** Accepted (not expired) exceptions, output after the findings. */
  suppressed: readonly ReportException[];
  /** Expired exceptions: noted on the matching open result's properties. */
  expired?: readonly ReportException[];
  skipped: readonly SkippedEntry[];
  ruleErrors: readonly RuleErrorEntry[];
  /** `file:` URI of the folder display paths are relative to; omitted from the log when absent. */
  srcRootUri?: string;
  /** With criteria, the log carries the SOC 2 taxonomy and rule/result relationships to it. */
  criteria?: readonly CriterionResult[];
  /** Extra `run.properties` (the compliance report puts its scope and ruleset hash here). */
  runProperties?: Json;
}

/** A rule descriptor's inputs: the report's rule entry, or a registry rule via `sarifRulesOf`. */
export type SarifRule = Pick<ReportRule, 'id' | 'slug' | 'title' | 'description' | 'remediation' | 'controls' | 'defaultSeverity' | 'strict' | 'helpUri' | 'aliases'> & {
  /** The configured setting when it differs from the default severity (a SARIF configuration override). */
  override?: RuleSetting;
};

/** Registry rules + configuration → SARIF rule inputs. */
export function sarifRulesOf(rules: readonly RuleMeta[], config: LintConfig): SarifRule[] {
  return rules.map((m) => {
    const out: SarifRule = { id: m.id, slug: m.slug, title: m.title, description: m.description, remediation: m.remediation, controls: m.controls, defaultSeverity: m.severity, strict: m.profile === 'strict', helpUri: ruleDocsUrl(config, m.id), aliases: aliasesOf(m) };
    const setting = config.rules[m.id];
    if (setting !== undefined && setting !== m.severity) out.override = setting;
    return out;
  });
}

/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
function uriOf(displayPath: string): string {
  return displayPath.split('/').map(encodeURIComponent).join('/');
}

function taxonRef(id: string): Json {
  return { id, index: SOC2_CONTROLS.indexOf(id as (typeof SOC2_CONTROLS)[number]), toolComponent: TAXONOMY_REF };
}

/** Where the peer tools' rule ids live in the log: one taxonomy per tool, after the SOC 2 one. */
interface PeerTaxonomies {
  /** Taxonomy name → its index in `run.taxonomies` and its taxa (alias → taxon index). */
  byTool: Map<PeerTool, { index: number; taxa: Map<string, number> }>;
}

function peerTaxonomies(rules: readonly SarifRule[], firstIndex: number): PeerTaxonomies {
  const ids = new Map<PeerTool, Set<string>>();
  for (const r of rules) {
    for (const alias of r.aliases) {
      const tool = aliasTool(alias);
      const set = ids.get(tool) ?? new Set<string>();
      set.add(alias);
      ids.set(tool, set);
    }
  }
  const byTool: PeerTaxonomies['byTool'] = new Map();
  const tools = [...ids.keys()].sort();
  tools.forEach((tool, i) => byTool.set(tool, { index: firstIndex + i, taxa: new Map([...ids.get(tool)!].sort().map((a, j) => [a, j])) }));
  return { byTool };
}

const PEER_INFO: Record<PeerTool, string> = {
  Checkov: 'https://www.checkov.io/5.Policy%20Index/all.html',
  Trivy: 'https://avd.aquasec.com/misconfig/',
  hadolint: 'https://github.com/hadolint/hadolint#rules',
};

function peerTaxonomy(tool: PeerTool, t: { taxa: Map<string, number> }): Json {
  return {
    name: tool,
    informationUri: PEER_INFO[tool],
    shortDescription: { text: `${tool} rule ids that soc2lint accepts as aliases (in suppressions and configuration)` },
    isComprehensive: false,
    taxa: [...t.taxa.keys()].map((id) => ({ id })),
  };
}

/** A rule's relationships: the SOC 2 criteria it tests (report only) and the peer checks it matches. */
function relationshipsOf(m: SarifRule, withTaxa: boolean, peers: PeerTaxonomies): Json[] {
  const out: Json[] = withTaxa ? m.controls.map((c) => ({ target: taxonRef(c), kinds: ['relevant'] })) : [];
  for (const alias of m.aliases) {
    const tax = peers.byTool.get(aliasTool(alias))!;
    out.push({ target: { id: alias, index: tax.taxa.get(alias), toolComponent: { name: aliasTool(alias), index: tax.index } }, kinds: ['equal'] });
  }
  return out;
}

function ruleDescriptor(m: SarifRule, withTaxa: boolean, peers: PeerTaxonomies): Json {
  const docsUrl = m.helpUri;
  const out: Json = {
    id: m.id,
    name: m.slug,
    shortDescription: { text: m.title },
    fullDescription: { text: m.description },
    help: { text: `${m.remediation}\n\nDocumentation: ${docsUrl}`, markdown: `**Remediation.** ${m.remediation}\n\n[${m.id} documentation](${docsUrl})` },
    helpUri: docsUrl,
    defaultConfiguration: { level: LEVEL[m.defaultSeverity], enabled: !m.strict },
    properties: {
      // Peer ids as tags too: code-scanning UIs filter by tag, so `CKV_K8S_16` finds K8S002.
      tags: ['security', 'soc2', ...m.controls, ...m.aliases],
      precision: 'high',
      'problem.severity': m.defaultSeverity === 'info' ? 'recommendation' : m.defaultSeverity,
      'security-severity': SECURITY_SEVERITY[m.defaultSeverity],
      controls: [...m.controls],
    },
  };
  const relationships = relationshipsOf(m, withTaxa, peers);
  if (relationships.length > 0) out.relationships = relationships;
  return out;
}

/** Stable identity of a finding across line moves (same as `scan --format sarif` has always used). */
export function findingFingerprint(f: ReportFinding): string {
  const r = f.resource;
  const resource = r ? `${r.kind}/${r.namespace ?? ''}/${r.name}` : '';
  return sha256Hex([f.ruleId, f.file, resource, f.messageId, f.message].join('\0')).slice(0, 32);
}

function criterionTaxon(c: CriterionResult): Json {
  return {
    id: c.id,
    name: c.name,
    shortDescription: { text: c.name },
    fullDescription: { text: c.description },
    properties: { status: c.status, findings: c.findings, exceptions: c.exceptions, expiredExceptions: c.expiredExceptions, checks: { ...c.checks }, rules: c.rules.map((r) => r.id) },
  };
}

/** The SARIF log as plain data. */
export function toSarifLog(input: SarifInput): Json {
  const withTaxa = input.criteria !== undefined;
  const rules = [...input.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const indexOf = new Map(rules.map((r, i) => [r.id, i]));
  const peers = peerTaxonomies(rules, withTaxa ? 1 : 0);
  const seen = new Map<string, number>();
  const expiredBy = new Map<string, ReportException>();
  for (const e of input.expired ?? []) expiredBy.set(locationKey(e), e);

  const result = (f: ReportFinding): Json => {
    // Identical findings in one file get an occurrence number so fingerprints stay unique.
    const base = findingFingerprint(f);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const properties: Json = { controls: [...f.controls], ...(f.fixable ? { fixable: true } : {}) };
    const expired = expiredBy.get(locationKey(f));
    if (expired) properties.expiredException = { reason: expired.reason, until: expired.until, suppressionLine: expired.suppressionLine, ...(expired.author ? { author: expired.author } : {}) };
    const out: Json = {
      ruleId: f.ruleId,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          // SARIF is 1-based with an exclusive end column, like the report model.
          physicalLocation: { artifactLocation: { uri: uriOf(f.file), uriBaseId: SRCROOT }, region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn } },
          ...(f.resource
            ? { logicalLocations: [{ name: f.resource.name, fullyQualifiedName: [f.resource.namespace, f.resource.kind, f.resource.name].filter(Boolean).join('/'), kind: 'resource' }] }
            : {}),
        },
      ],
      ...(f.related?.length
        ? {
            relatedLocations: f.related.map((r, i) => ({
              id: i + 1,
              physicalLocation: { artifactLocation: { uri: uriOf(r.file), uriBaseId: SRCROOT }, region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn } },
              message: { text: r.message },
            })),
          }
        : {}),
      partialFingerprints: { 'soc2lintFinding/v1': `${base}:${n}` },
      properties,
    };
    const index = indexOf.get(f.ruleId);
    if (index !== undefined) out.ruleIndex = index;
    if (withTaxa) out.taxa = f.controls.map(taxonRef);
    return out;
  };

  const results: Json[] = input.findings.map(result);
  for (const e of input.suppressed) {
    const r = result(e);
    r.suppressions = [
      {
        kind: 'inSource',
        status: 'accepted',
        justification: e.reason,
        properties: { ...(e.until ? { until: e.until } : {}), scope: e.scope, ...(e.author ? { author: e.author } : {}) },
        location: { physicalLocation: { artifactLocation: { uri: uriOf(e.file), uriBaseId: SRCROOT }, region: { startLine: e.suppressionLine } } },
      },
    ];
    results.push(r);
  }

  const overrides: Json[] = [];
  for (const rule of rules) {
    const setting = rule.override;
    if (setting === undefined) continue;
    const configuration = setting === 'off' ? { enabled: false } : { enabled: true, level: LEVEL[setting] };
    overrides.push({ descriptor: { id: rule.id, index: indexOf.get(rule.id) }, configuration });
  }

  const notifications: Json[] = [
    ...input.skipped.map((s) => ({
      level: 'note',
      message: { text: `Skipped ${s.file}: ${s.detail ?? s.reason}.` },
      descriptor: { id: `skipped-${s.reason}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(s.file), uriBaseId: SRCROOT } } }],
    })),
    ...input.ruleErrors.map((e) => ({
      level: 'error',
      message: { text: `Rule ${e.ruleId} failed on ${e.file}: ${e.message}` },
      descriptor: { id: 'rule-error' },
      associatedRule: { id: e.ruleId, ...(indexOf.has(e.ruleId) ? { index: indexOf.get(e.ruleId) } : {}) },
      locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(e.file), uriBaseId: SRCROOT } } }],
    })),
  ];

  const invocation: Json = { executionSuccessful: input.ruleErrors.length === 0 };
  if (overrides.length > 0) invocation.ruleConfigurationOverrides = overrides;
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;

  const driver: Json = {
    name: 'soc2lint',
    version: input.toolVersion,
    semanticVersion: input.toolVersion,
    informationUri: INFORMATION_URI,
    rules: rules.map((r) => ruleDescriptor(r, withTaxa, peers)),
  };
  const peerRefs = [...peers.byTool].map(([name, t]) => ({ name, index: t.index }));
  const supported = [...(withTaxa ? [{ ...TAXONOMY_REF }] : []), ...peerRefs];
  if (supported.length > 0) driver.supportedTaxonomies = supported;
  const run: Json = { tool: { driver }, invocations: [invocation] };
  if (input.srcRootUri !== undefined) run.originalUriBaseIds = { [SRCROOT]: { uri: input.srcRootUri } };
  run.columnKind = 'utf16CodeUnits';
  const taxonomies: Json[] = [];
  if (input.criteria) {
    const byId = new Map(input.criteria.map((c) => [c.id, c]));
    taxonomies.push(
      {
        name: SOC2_TAXONOMY,
        fullName: 'AICPA Trust Services Criteria (SOC 2)',
        version: '2017 (revised points of focus, 2022)',
        organization: 'AICPA',
        informationUri: 'https://www.aicpa-cima.com/resources/download/2017-trust-services-criteria-with-revised-points-of-focus-2022',
        shortDescription: { text: 'SOC 2 trust services criteria tested by soc2lint rules' },
        isComprehensive: false,
        taxa: SOC2_CONTROLS.map((id) => (byId.has(id) ? criterionTaxon(byId.get(id)!) : { id, name: SOC2_CRITERIA[id].name, shortDescription: { text: SOC2_CRITERIA[id].name } })),
      });
  }
  for (const [tool, t] of peers.byTool) taxonomies.push(peerTaxonomy(tool, t));
  if (taxonomies.length > 0) run.taxonomies = taxonomies;
  run.results = results;
  if (input.runProperties) run.properties = input.runProperties;
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
}

function locationKey(f: ReportFinding): string {
  return [f.file, f.line, f.column, f.endLine, f.endColumn, f.ruleId, f.messageId, f.message].join('\0');
}
