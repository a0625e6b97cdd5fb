/**
 * What a document or file is to the engine: its key (the engine `uri` and the workspace index key:
 * the file-system path for `file:` URIs, so documents and walked files meet in the index), its
 * workspace folder, Helm chart context and whether soc2lint lints it at all.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { classifyPath, mayHoldKubernetesObjects, type HelmContext } from '../engine/classify';
import type { FileKind } from '../engine/types';
import type { ChartRootCache } from '../workspace/chart-root';
import type { Folder, Projects } from './project';

/** Language ids whose documents are linted even when their name says nothing (e.g. untitled). */
const LINTED_LANGUAGES = new Set(['dockerfile', 'yaml', 'helm', 'json']);

export interface LintTarget {
  uri: string;
  key: string;
  absPath: string | undefined;
  folder: Folder | undefined;
  helm: HelmContext | undefined;
  /** Kind forced by the language id; undefined lets the engine classify by name and content. */
  kind: FileKind | undefined;
  /** False when the engine would ignore the document whatever its content. */
  lintable: boolean;
}

export function fsPathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function fileUri(absPath: string): string {
  return pathToFileURL(absPath).toString();
}

export function resolveTarget(uri: string, languageId: string | undefined, text: string | undefined, projects: Projects, charts: ChartRootCache): LintTarget {
  const absPath = fsPathOf(uri);
  const key = absPath ?? uri;
  const folder = absPath ? projects.folderOf(absPath) : undefined;
  const helm = absPath ? charts.helmContextOf(absPath, folder?.path) : undefined;
  const target: LintTarget = { uri, key, absPath, folder, helm, kind: undefined, lintable: false };
  if (languageId === 'dockerfile') {
    target.kind = 'dockerfile';
    target.lintable = true;
    return target;
  }
  const byPath = classifyPath(key, helm);
  // Helm templates are linted too (helpers and NOTES.txt come back from the engine as skipped).
  if (byPath !== 'ignored') {
    target.lintable = true;
    return target;
  }
  // An untitled YAML/JSON buffer has no name to go by: lint it when its content looks like Kubernetes.
  if (!absPath && byPath === 'ignored' && languageId !== undefined && LINTED_LANGUAGES.has(languageId) && text !== undefined && mayHoldKubernetesObjects(text)) {
    target.kind = 'kubernetes';
    target.lintable = true;
  }
  return target;
}
