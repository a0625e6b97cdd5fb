/**
 * The JSON report validates against the published schema (docs/report-schema.json), and the SARIF
 * report against the OASIS SARIF 2.1.0 schema, with the SOC 2 taxonomy wired up consistently.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { formatReport, formatReportJson, formatReportSarif, type ComplianceReport } from '../../server/src/engine/report/index';
import { SOC2_CONTROLS } from '../../server/src/engine/types';
import { sarifErrors } from '../cli/sarif-schema';
import { GOLDEN_DIR, reportOfFiles, reportOfFolder, REPO_ROOT } from './helpers';

const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'docs', 'report-schema.json'), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({
  allErrors: true,
  strict: true,
  formats: {
    uri: (v: string) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(v),
    'date-time': (v: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v)),
  },
});
const validate = ajv.compile(schema);

function schemaErrors(data: unknown): string[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** A report with every optional field: git, authors, an expired exception, a timestamp, a rule error. */
function fullReport(): ComplianceReport {
  const r = reportOfFiles({
    'app.yaml': `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
    - name: c
      image: registry.example.com/c:1.0.0
      securityContext:
        # soc2lint-ignore K8S002 until=2020-01-01: old exception
        privileged: true
`,
  });
  r.generatedAt = '2026-06-01T12:00:00.000Z';
  r.scope.git = { commit: 'a'.repeat(40), dirty: true };
  r.exceptions = r.exceptions.map((e) => ({ ...e, author: 'Alice Auditor' }));
  r.scope.ruleErrors = [{ file: 'app.yaml', ruleId: 'K8S002', message: 'boom' }];
  return r;
}

void describe('report JSON schema (docs/report-schema.json)', () => {
  void it('validates the demo report, the golden report and a report with every optional field', () => {
    assert.deepEqual(schemaErrors(JSON.parse(formatReportJson(reportOfFolder(join(REPO_ROOT, 'examples', 'demo'))))), []);
    assert.deepEqual(schemaErrors(JSON.parse(readFileSync(join(GOLDEN_DIR, 'report.json'), 'utf8'))), []);
    const full = fullReport();
    assert.ok(full.exceptions.some((e) => e.expired));
    assert.deepEqual(schemaErrors(JSON.parse(formatReportJson(full))), []);
  });

  void it('rejects a report with an unknown field or a bad status (the schema is strict)', () => {
    const r = JSON.parse(formatReportJson(fullReport())) as Record<string, unknown> & { criteria: { status: string }[] };
    assert.notDeepEqual(schemaErrors({ ...r, extra: 1 }), []);
    r.criteria[0]!.status = 'ok';
    assert.notDeepEqual(schemaErrors(r), []);
  });
});

interface SarifRun {
  tool: { driver: { rules: { id: string; relationships?: { target: { id: string; index: number; toolComponent: { name: string; index: number } } }[] }[]; supportedTaxonomies?: { name: string }[] } };
  taxonomies?: { name: string; taxa: { id: string; properties?: { status?: string } }[] }[];
  results: { ruleId: string; taxa?: { id: string }[]; suppressions?: { status: string; justification: string }[]; properties?: { expiredException?: unknown } }[];
}

void describe('report SARIF', () => {
  void it('validates against SARIF 2.1.0, demo and full reports', () => {
    for (const report of [reportOfFolder(join(REPO_ROOT, 'examples', 'demo')), fullReport()]) {
      assert.deepEqual(sarifErrors(JSON.parse(formatReportSarif(report))), []);
    }
    assert.deepEqual(sarifErrors(JSON.parse(readFileSync(join(GOLDEN_DIR, 'report.sarif'), 'utf8'))), []);
  });

  void it('carries the nine criteria as a taxonomy; rules and results point at it', () => {
    const report = reportOfFolder(join(REPO_ROOT, 'examples', 'demo'));
    const run = (JSON.parse(formatReportSarif(report)) as { runs: SarifRun[] }).runs[0]!;
    const taxa = run.taxonomies![0]!.taxa;
    assert.equal(run.taxonomies![0]!.name, 'SOC 2');
    assert.deepEqual(run.tool.driver.supportedTaxonomies, [
      { name: 'SOC 2', index: 0 },
      { name: 'Checkov', index: 1 },
      { name: 'Trivy', index: 2 },
      { name: 'hadolint', index: 3 },
    ]);
    assert.deepEqual(
      taxa.map((t) => t.id),
      [...SOC2_CONTROLS],
    );
    assert.deepEqual(
      taxa.map((t) => t.properties?.status),
      report.criteria.map((c) => c.status),
    );
    for (const rule of run.tool.driver.rules) {
      assert.ok(rule.relationships && rule.relationships.length > 0, rule.id);
      // Every relationship resolves: SOC 2 criteria and peer ids alike point at a taxon that exists.
      for (const rel of rule.relationships) assert.equal(run.taxonomies![rel.target.toolComponent.index]!.taxa[rel.target.index]!.id, rel.target.id);
      const criteria = rule.relationships.filter((rel) => rel.target.toolComponent.name === 'SOC 2');
      assert.ok(criteria.length > 0, `${rule.id} relates to a SOC 2 criterion`);
      for (const rel of criteria) assert.equal(taxa[rel.target.index]!.id, rel.target.id);
    }
    for (const result of run.results) assert.ok(result.taxa && result.taxa.length > 0);
    const suppressed = run.results.filter((r) => r.suppressions);
    assert.deepEqual(
      suppressed.map((r) => [r.ruleId, r.suppressions![0]!.status, r.suppressions![0]!.justification]),
      [['K8S003', 'accepted', 'the migration image needs setuid for its package step; ticket SEC-142']],
    );
  });

  void it('names the peer checks each rule matches: tags and relationships to a taxonomy per peer tool', () => {
    const run = (JSON.parse(formatReportSarif(reportOfFolder(join(REPO_ROOT, 'examples', 'demo')))) as { runs: SarifRun[] }).runs[0]!;
    const k8s002 = run.tool.driver.rules.find((r) => r.id === 'K8S002')! as SarifRun['tool']['driver']['rules'][number] & { properties: { tags: string[] } };
    for (const alias of ['CKV_K8S_16', 'KSV-0017', 'AVD-KSV-0017']) assert.ok(k8s002.properties.tags.includes(alias), alias);
    const peers = k8s002.relationships!.filter((r) => r.target.toolComponent.name !== 'SOC 2').map((r) => `${r.target.toolComponent.name}:${r.target.id}`);
    assert.ok(peers.includes('Checkov:CKV_K8S_16'), peers.join());
    assert.ok(peers.includes('Trivy:KSV-0017'), peers.join());
    const df001 = run.tool.driver.rules.find((r) => r.id === 'DF001')!;
    assert.ok(df001.relationships!.some((r) => r.target.toolComponent.name === 'hadolint' && r.target.id === 'DL3002'));
  });

  void it('points a Helm template finding at the values key it renders (relatedLocations)', () => {
    const report = reportOfFolder(join(REPO_ROOT, 'examples', 'demo'));
    const withRelated = report.findings.filter((f) => f.related);
    assert.ok(withRelated.length > 0, 'the demo chart has findings whose value comes from values.yaml');
    for (const f of withRelated) {
      assert.match(f.file, /templates\//);
      for (const r of f.related!) assert.equal(r.file, 'charts/webapp/values.yaml');
    }
    const run = (JSON.parse(formatReportSarif(report)) as { runs: { results: { ruleId: string; locations: unknown[]; relatedLocations?: { id: number; physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; message: { text: string } }[] }[] }[] }).runs[0]!;
    const related = run.results.filter((r) => r.relatedLocations);
    assert.equal(related.length, withRelated.length);
    const first = related[0]!.relatedLocations![0]!;
    assert.equal(first.id, 1);
    assert.equal(first.physicalLocation.artifactLocation.uri, 'charts/webapp/values.yaml');
    assert.equal(first.physicalLocation.region.startLine, withRelated[0]!.related![0]!.line);
    assert.match(first.message.text, /values\.yaml/);
    // The human formats name the values key too.
    assert.ok(formatReport(report, 'html').includes('value: <code>charts/webapp/values.yaml:'));
    assert.ok(formatReport(report, 'md').includes('value: `charts/webapp/values.yaml:'));
  });

  void it('notes an expired exception on the reopened result instead of suppressing it', () => {
    const run = (JSON.parse(formatReportSarif(fullReport())) as { runs: SarifRun[] }).runs[0]!;
    const reopened = run.results.filter((r) => r.properties?.expiredException);
    assert.equal(reopened.length, 1);
    assert.equal(reopened[0]!.suppressions, undefined);
  });
});
