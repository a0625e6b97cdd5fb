/**
 * Workspace folders and their `.soc2lint.yaml`. The file is read with the CLI's own parser
 * (server/src/workspace/config-file.ts), so editor and CI agree on what it means; a file that does
 * not validate is reported as a diagnostic in that file and the folder lints with defaults until it
 * is fixed (never a silent default). In an untrusted workspace the file is not applied at all.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, relative, sep } from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { LineIndex } from '../engine/positions';
import { CONFIG_FILE_NAMES, ConfigError, findConfigFile, parseConfigText, type ProjectConfig } from '../workspace/config-file';
import { fileNote, SOURCE } from './diagnostics';

export interface Folder {
  uri: string;
  /** Absolute file-system path. */
  path: string;
  name: string;
}

export interface ProjectState {
  folder: Folder;
  /** The config file found at the folder root, if any. */
  file: string | undefined;
  /** The configuration applied; undefined without a usable file (or in an untrusted workspace). */
  config: ProjectConfig | undefined;
  /** Diagnostics for the config file (errors, or the untrusted-workspace note). */
  diagnostics: Diagnostic[];
}

export class Projects {
  private folders: Folder[] = [];
  private readonly states = new Map<string, ProjectState>();

  constructor(
    private readonly trusted: boolean,
    private readonly knownRuleIds: ReadonlySet<string>,
  ) {}

  setFolders(folders: Folder[]): void {
    // Longest path first, so nested folders win in `folderOf`.
    this.folders = [...folders].sort((a, b) => b.path.length - a.path.length);
    for (const key of [...this.states.keys()]) if (!folders.some((f) => f.path === key)) this.states.delete(key);
  }

  list(): readonly Folder[] {
    return this.folders;
  }

  /** The workspace folder holding a path, if any. */
  folderOf(absPath: string): Folder | undefined {
    return this.folders.find((f) => absPath === f.path || isInside(absPath, f.path));
  }

  /** The folder whose root config file `absPath` is, if it is one. */
  configFolderOf(absPath: string): Folder | undefined {
    if (!(CONFIG_FILE_NAMES as readonly string[]).includes(basename(absPath))) return undefined;
    return this.folders.find((f) => f.path === dirname(absPath));
  }

  state(folder: Folder): ProjectState {
    return this.states.get(folder.path) ?? this.reload(folder);
  }

  /** Re-reads the folder's config file. */
  reload(folder: Folder): ProjectState {
    const file = findConfigFile(folder.path);
    const state: ProjectState = { folder, file, config: undefined, diagnostics: [] };
    if (file) {
      if (!this.trusted) {
        state.diagnostics = [fileNote('soc2lint does not apply this file in an untrusted workspace (Restricted Mode): trust the folder to use its rules, exclude and trustedRegistries.')];
      } else {
        let text: string | undefined;
        try {
          text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
        } catch (error) {
          state.diagnostics = [fileNote(`soc2lint cannot read this file (${(error as NodeJS.ErrnoException).code ?? String(error)}); using default settings.`, DiagnosticSeverity.Error)];
        }
        if (text !== undefined) {
          const checked = this.check(text, file);
          state.config = checked.config;
          state.diagnostics = checked.diagnostics;
        }
      }
    }
    this.states.set(folder.path, state);
    return state;
  }

  /** Validates config text (also the unsaved text of an open config file). */
  check(text: string, file: string): { config: ProjectConfig | undefined; diagnostics: Diagnostic[] } {
    try {
      return { config: parseConfigText(text, file, basename(file), this.knownRuleIds), diagnostics: [] };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      return { config: undefined, diagnostics: [configDiagnostic(text, error.message)] };
    }
  }
}

/** ConfigError messages read `invalid config NAME:LINE:COL: what`; the position becomes the range. */
function configDiagnostic(text: string, message: string): Diagnostic {
  const m = /^invalid config [^:]*:(\d+):(\d+): ([\s\S]*)$/.exec(message);
  const lines = new LineIndex(text);
  let range = { start: { line: 0, character: 0 }, end: { line: 0, character: lines.lineText(0).length } };
  let what = message;
  if (m) {
    const line = Math.max(0, Number(m[1]) - 1);
    const character = Math.max(0, Number(m[2]) - 1);
    const end = lines.lineText(line).length;
    range = { start: { line, character }, end: { line, character: Math.max(end, character) } };
    what = m[3]!;
  }
  return { range, severity: DiagnosticSeverity.Error, source: SOURCE, code: 'config', message: `Invalid soc2lint configuration: ${what}. The folder is linted with default settings until this is fixed.` };
}

export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
}
