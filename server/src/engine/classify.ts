/**
 * File classification by path and content. Pure string work: no `path` module, so the same code
 * runs in the CLI, the language server and a web worker.
 */
import type { FileKind } from './types';

/** Last path segment of a path or URI. */
export function baseName(pathOrUri: string): string {
  const clean = pathOrUri.replace(/[?#].*$/, '');
  const i = Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\'));
  return i >= 0 ? clean.slice(i + 1) : clean;
}

/** Dockerfile names: Dockerfile, Containerfile, *.dockerfile, Dockerfile.*, *.Dockerfile (any case). */
export function isDockerfileName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'dockerfile' || lower === 'containerfile' || lower.endsWith('.dockerfile') || lower.startsWith('dockerfile.') || lower.startsWith('containerfile.');
}

export function isYamlName(name: string): boolean {
  return /\.(ya?ml)$/i.test(name);
}

export function isJsonName(name: string): boolean {
  return /\.json$/i.test(name);
}

/** Helm chart context of a file, when the caller knows it sits under a folder holding Chart.yaml. */
export interface HelmContext {
  /** The file's path relative to the chart root, with `/` separators. */
  chartRelativePath: string;
}

/** What the path alone says. `maybe-kubernetes` needs a look at the content. */
export function classifyPath(pathOrUri: string, helm?: HelmContext): FileKind | 'maybe-kubernetes' {
  const name = baseName(pathOrUri);
  if (isDockerfileName(name)) return 'dockerfile';
  if (helm) {
    const rel = helm.chartRelativePath.replace(/\\/g, '/').replace(/^\.\//, '');
    if (rel.startsWith('templates/')) return 'helm-template';
    if (!rel.includes('/') && /^values.*\.ya?ml$/i.test(rel)) return 'helm-values';
    if (/^Chart\.ya?ml$/i.test(rel) || /^Chart\.lock$/i.test(rel)) return 'ignored';
  }
  if (isYamlName(name) || isJsonName(name)) return 'maybe-kubernetes';
  return 'ignored';
}

/** Cheap content test before a full parse: both keys must appear somewhere. */
export function mayHoldKubernetesObjects(text: string): boolean {
  return /(^|[\s{,"'])apiVersion["']?\s*:/m.test(text) && /(^|[\s{,"'])kind["']?\s*:/m.test(text);
}
