/**
 * Which documents the client hands to the language server, as plain data: the extension manifest's
 * activation events and the LanguageClient's document selector both follow from these lists, and
 * test/client/manifest.test.ts checks that package.json agrees with them.
 */

/** Language ids linted: VS Code's built-in Dockerfile, YAML and JSON, and the Kubernetes extension's Helm id. */
export const LANGUAGE_IDS = ['dockerfile', 'yaml', 'helm', 'json'] as const;

/**
 * Dockerfile names the engine recognises (`Dockerfile.prod`, `app.dockerfile`, `Containerfile`) that
 * VS Code may open as plain text when no extension maps them to the `dockerfile` language.
 */
export const FILE_PATTERNS = ['**/Dockerfile*', '**/*.dockerfile', '**/Containerfile*'] as const;

/** `workspaceContains` activation globs: a folder with any of these is a soc2lint workspace. */
export const WORKSPACE_CONTAINS = ['**/Dockerfile', '**/Dockerfile.*', '**/*.dockerfile', '**/Containerfile', '**/Chart.yaml', '**/*.yaml', '**/*.yml'] as const;

/**
 * URI schemes linted: files on disk and unsaved editors. Other schemes (git:, diff views, output
 * panes) would give duplicate or meaningless diagnostics.
 */
export const SCHEMES = ['file', 'untitled'] as const;

export interface DocumentFilterData {
  scheme: string;
  language?: string;
  pattern?: string;
}

/** The LanguageClient document selector: every language on every scheme, plus the Dockerfile name patterns on disk. */
export function documentSelector(): DocumentFilterData[] {
  const byLanguage = SCHEMES.flatMap((scheme) => LANGUAGE_IDS.map((language) => ({ scheme, language })));
  const byPattern = FILE_PATTERNS.map((pattern) => ({ scheme: 'file', pattern }));
  return [...byLanguage, ...byPattern];
}

/** The manifest's `activationEvents`, in order. */
export function activationEvents(): string[] {
  return [...LANGUAGE_IDS.map((id) => `onLanguage:${id}`), ...WORKSPACE_CONTAINS.map((glob) => `workspaceContains:${glob}`)];
}
