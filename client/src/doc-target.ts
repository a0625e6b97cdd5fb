/**
 * What `soc2lint.showDocumentation` was asked to show, worked out without the vscode API so it can be
 * unit-tested: a rule id (opened from the docs bundled in the extension) and/or a URL (the fallback).
 */

/** Rule id families (STYLE.md §3); the id is matched case-insensitively, as suppressions are. */
export const RULE_ID_PATTERN = /^(?:DF|K8S|HV|WS|SEC|SL)\d{3}$/i;

/** Where rule docs live online when neither the bundle nor the caller has a page (engine/config.ts' default). */
export const ONLINE_DOCS_BASE_URL = 'https://github.com/soc2lint/soc2lint/blob/main/docs/rules/';

export interface DocRequest {
  /** Upper-case rule id, when one could be told. */
  ruleId?: string;
  /** The URL to open when the bundled page is missing. */
  url?: string;
}

function fromString(value: string): DocRequest {
  const text = value.trim();
  if (RULE_ID_PATTERN.test(text)) return { ruleId: text.toUpperCase(), url: `${ONLINE_DOCS_BASE_URL}${text.toUpperCase()}.md` };
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    // A docs URL such as .../docs/rules/K8S002.md names its rule in the last path segment.
    const m = /([A-Za-z0-9]+)\.md(?:[?#].*)?$/.exec(text);
    const id = m?.[1];
    return id && RULE_ID_PATTERN.test(id) ? { ruleId: id.toUpperCase(), url: text } : { url: text };
  }
  return {};
}

/**
 * Accepts what callers pass: `'K8S002'`, a URL string, `{ ruleId, url }` (the server's code action,
 * see server/src/lsp/protocol.ts), or a `vscode.Uri`-like object with `toString()`.
 */
export function parseDocRequest(arg: unknown, second?: unknown): DocRequest {
  if (typeof arg === 'string') {
    const request = fromString(arg);
    if (typeof second === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(second)) request.url = second;
    return request;
  }
  if (typeof arg === 'object' && arg !== null) {
    const record = arg as Record<string, unknown>;
    if (typeof record.ruleId === 'string' || typeof record.url === 'string') {
      const byId = typeof record.ruleId === 'string' ? fromString(record.ruleId) : {};
      const byUrl = typeof record.url === 'string' ? fromString(record.url) : {};
      return { ruleId: byId.ruleId ?? byUrl.ruleId, url: byUrl.url ?? byId.url };
    }
    if (typeof record.scheme === 'string' && typeof record.toString === 'function') return fromString(String(record));
  }
  return {};
}
