/**
 * Finds the `{{ … }}` actions of a Go template (Helm's template language) with their exact offsets.
 *
 * Handled as Go's text/template lexer does: trim markers `{{- ` and ` -}}` (a dash followed or
 * preceded by a space; `{{-3}}` is the number -3), comments `{{/* … *\/}}` (also trimmed, also
 * spanning lines), actions spanning lines, and `}}` inside "…", `…` and '…' literals, which does
 * not close the action.
 */

export interface TemplateAction {
  /** Offset of `{{`. */
  start: number;
  /** Offset just after `}}` (or the end of the text for an unterminated action). */
  end: number;
  /** The action's code between the delimiters and trim markers. */
  inner: string;
  /** Offset of `inner` in the text. */
  innerStart: number;
  trimLeft: boolean;
  trimRight: boolean;
  comment: boolean;
  /** True when the action has no closing `}}`. */
  unterminated: boolean;
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/** End offset of a quoted literal starting at `i` (the quote), or -1 when it is not closed. */
function skipLiteral(text: string, i: number): number {
  const quote = text[i]!;
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (quote !== '`' && c === '\\') {
      j++;
      continue;
    }
    if (c === quote) return j + 1;
    // "…" and '…' cannot span lines; `…` can.
    if (quote !== '`' && c === '\n') return -1;
  }
  return -1;
}

/** Every action of a template, in order. */
export function lexActions(text: string): TemplateAction[] {
  const out: TemplateAction[] = [];
  let i = text.indexOf('{{');
  while (i >= 0) {
    const start = i;
    let p = i + 2;
    const trimLeft = text[p] === '-' && isSpace(text[p + 1]);
    if (trimLeft) p += 2;
    while (isSpace(text[p])) p++;
    if (text.startsWith('/*', p)) {
      const close = text.indexOf('*/', p + 2);
      const after = close < 0 ? -1 : text.indexOf('}}', close + 2);
      if (close < 0 || after < 0) {
        out.push({ start, end: text.length, inner: '', innerStart: p, trimLeft, trimRight: false, comment: true, unterminated: true });
        break;
      }
      const between = text.slice(close + 2, after);
      // Go allows only `*/}}` or `*/ -}}` here.
      const trimRight = between.trim() === '-';
      out.push({ start, end: after + 2, inner: text.slice(p, close + 2), innerStart: p, trimLeft, trimRight, comment: true, unterminated: false });
      i = text.indexOf('{{', after + 2);
      continue;
    }
    let j = p;
    let end = -1;
    while (j < text.length) {
      const c = text[j];
      if (c === '"' || c === '`' || c === "'") {
        const k = skipLiteral(text, j);
        if (k < 0) {
          j++;
          continue;
        }
        j = k;
        continue;
      }
      if (c === '}' && text[j + 1] === '}') {
        end = j;
        break;
      }
      j++;
    }
    if (end < 0) {
      out.push({ start, end: text.length, inner: text.slice(p), innerStart: p, trimLeft, trimRight: false, comment: false, unterminated: true });
      break;
    }
    const trimRight = text[end - 1] === '-' && isSpace(text[end - 2]);
    const innerEnd = trimRight ? end - 1 : end;
    out.push({ start, end: end + 2, inner: text.slice(p, innerEnd).trimEnd(), innerStart: p, trimLeft, trimRight, comment: false, unterminated: false });
    i = text.indexOf('{{', end + 2);
  }
  return out;
}
