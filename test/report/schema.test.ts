/**
 * The JSON report validates against the published schema (docs/report-schema.json), and the SARIF
 * report against the OASIS SARIF 2.1.0 schema, with the SOC 2 taxonomy wired up consistently.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { formatReportJson, formatReportSarif, type ComplianceReport } from '../../server/src/engine/report/index';
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
    assert.deepEqual(run.tool.driver.supportedTaxonomies, [{ name: 'SOC 2', index: 0 }]);
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
      for (const rel of rule.relationships) assert.equal(taxa[rel.target.index]!.id, rel.target.id);
    }
    for (const result of run.results) assert.ok(result.taxa && result.taxa.length > 0);
    const suppressed = run.results.filter((r) => r.suppressions);
    assert.deepEqual(
      suppressed.map((r) => [r.ruleId, r.suppressions![0]!.status, r.suppressions![0]!.justification]),
      [['K8S003', 'accepted', 'the migration image needs setuid for its package step; ticket SEC-142']],
    );
  });

  void it('notes an expired exception on the reopened result instead of suppressing it', () => {
    const run = (JSON.parse(formatReportSarif(fullReport())) as { runs: SarifRun[] }).runs[0]!;
    const reopened = run.results.filter((r) => r.properties?.expiredException);
    assert.equal(reopened.length, 1);
    assert.equal(reopened[0]!.suppressions, undefined);
  });
});
