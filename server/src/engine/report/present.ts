/**
 * Wording shared by the human-readable views (HTML, Markdown, the VS Code webview), so every view
 * names statuses, units and resources the same way.
 */
import type { ResourceRef } from '../types';
import type { ComplianceReport, CriterionStatus, ReportFinding, ReportScope, ResourceUnit } from './model';

export const STATUS_LABEL: Readonly<Record<CriterionStatus, string>> = {
  pass: 'Pass',
  fail: 'Fail',
  partial: 'Partial',
  'not-evaluated': 'Not evaluated',
};

/** What each status means, in one sentence (legends and tooltips). */
export const STATUS_MEANING: Readonly<Record<CriterionStatus, string>> = {
  pass: 'Evaluated; no open findings.',
  fail: 'At least one open finding.',
  partial: 'No open findings, but findings accepted as exceptions.',
  'not-evaluated': 'No resource of a kind its rules test was in scope (or its rules are off).',
};

export const STATUS_EMOJI: Readonly<Record<CriterionStatus, string>> = {
  pass: '✅',
  fail: '❌',
  partial: '⚠️',
  'not-evaluated': '⚪',
};

export const UNIT_LABEL: Readonly<Record<ResourceUnit, [string, string]>> = {
  image: ['Dockerfile', 'Dockerfiles'],
  object: ['Kubernetes object', 'Kubernetes objects'],
  'values-file': ['Helm values file', 'Helm values files'],
  file: ['file', 'files'],
};

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function unitCount(n: number, unit: ResourceUnit): string {
  const [one, many] = UNIT_LABEL[unit];
  return plural(n, one, many);
}

/** `Deployment payments/api`, or empty when the finding names no resource. */
export function describeResource(r: ResourceRef | undefined): string {
  if (!r) return '';
  return `${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`;
}

export function fileLine(f: ReportFinding): string {
  return `${f.file}:${f.line}`;
}

/** First 12 hex digits of a commit or hash, for display. */
export function shortHash(hash: string): string {
  const hex = hash.replace(/^sha256:/, '');
  return hex.slice(0, 12);
}

/** One-line outcome: "2 fail, 1 partial, 1 pass, 5 not evaluated". */
export function statusLine(report: ComplianceReport): string {
  const s = report.summary.status;
  return `${s.fail} fail, ${s.partial} partial, ${s.pass} pass, ${s['not-evaluated']} not evaluated`;
}

/** Findings and exceptions of one criterion, in report order. */
export function itemsOf<T extends ReportFinding>(items: readonly T[], criterionId: string): T[] {
  return items.filter((f) => f.controls.some((c) => c === criterionId));
}

/** "2 Dockerfiles, 4 Kubernetes manifests, 1 Helm values file, 3 Helm templates". */
export function filesByKindText(k: ReportScope['filesByKind']): string {
  return [plural(k.dockerfile, 'Dockerfile'), plural(k.kubernetes, 'Kubernetes manifest'), plural(k['helm-values'], 'Helm values file'), plural(k['helm-template'], 'Helm template')].join(', ');
}
