/**
 * Parses the code inside one template action into a small AST: the control keywords (`if`,
 * `else if`, `range`, `with`, `define`, `end` …) and pipelines (`default "x" .Values.a | quote`).
 * Only what evaluation needs is kept; anything unparseable becomes an `error` action, which the
 * evaluator treats as unknown output (never a crash).
 */

export type Arg =
  | { t: 'dot' }
  | { t: 'field'; path: string[] }
  | { t: 'var'; name: string; path: string[] }
  | { t: 'str'; v: string }
  | { t: 'num'; v: number }
  | { t: 'bool'; v: boolean }
  | { t: 'nil' }
  | { t: 'ident'; name: string }
  | { t: 'sub'; pipe: Pipeline; path: string[] };

export interface Pipeline {
  /** `$x := …` / `$k, $v := …` / `$x = …`. */
  decl?: { names: string[]; op: ':=' | '=' };
  /** Commands joined by `|`; each is a function call or a single value. */
  cmds: Arg[][];
}

export type Action =
  | { k: 'comment' }
  | { k: 'if'; pipe: Pipeline }
  | { k: 'elseif'; pipe: Pipeline }
  | { k: 'elsewith'; pipe: Pipeline }
  | { k: 'else' }
  | { k: 'end' }
  | { k: 'range'; pipe: Pipeline }
  | { k: 'with'; pipe: Pipeline }
  | { k: 'define'; name: string }
  | { k: 'block'; name: string; pipe: Pipeline | undefined }
  | { k: 'template'; name: string; pipe: Pipeline | undefined }
  | { k: 'break' }
  | { k: 'continue' }
  | { k: 'output'; pipe: Pipeline }
  | { k: 'error'; message: string };

type Token =
  | { t: 'open' }
  | { t: 'close' }
  | { t: 'bar' }
  | { t: 'comma' }
  | { t: 'declare' }
  | { t: 'assign' }
  | { t: 'arg'; arg: Arg }
  | { t: 'chain'; path: string[] };

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /[-+]?(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][-+]?\d+)?)/y;

function unquote(raw: string): string {
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw.slice(1, -1);
  }
}

function readChain(src: string, i: number): { path: string[]; next: number } {
  const path: string[] = [];
  while (src[i] === '.') {
    IDENT.lastIndex = i + 1;
    const m = IDENT.exec(src);
    if (!m) break;
    path.push(m[0]);
    i = IDENT.lastIndex;
  }
  return { path, next: i };
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '(') {
      out.push({ t: 'open' });
      i++;
    } else if (c === ')') {
      out.push({ t: 'close' });
      i++;
      const { path, next } = readChain(src, i);
      if (path.length > 0) out.push({ t: 'chain', path });
      i = next;
    } else if (c === '|') {
      out.push({ t: 'bar' });
      i++;
    } else if (c === ',') {
      out.push({ t: 'comma' });
      i++;
    } else if (c === ':' && src[i + 1] === '=') {
      out.push({ t: 'declare' });
      i += 2;
    } else if (c === '=') {
      out.push({ t: 'assign' });
      i++;
    } else if (c === '"' || c === '`' || c === "'") {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += c !== '`' && src[j] === '\\' ? 2 : 1;
      if (j >= src.length) throw new Error('unterminated string');
      const raw = src.slice(i, j + 1);
      out.push({ t: 'arg', arg: { t: 'str', v: c === '`' ? raw.slice(1, -1) : c === "'" ? raw.slice(1, -1) : unquote(raw) } });
      i = j + 1;
    } else if (c === '.') {
      const { path, next } = readChain(src, i);
      out.push({ t: 'arg', arg: path.length === 0 ? { t: 'dot' } : { t: 'field', path } });
      i = path.length === 0 ? i + 1 : next;
    } else if (c === '$') {
      IDENT.lastIndex = i + 1;
      const m = IDENT.exec(src);
      const name = m ? m[0] : '';
      const { path, next } = readChain(src, m ? IDENT.lastIndex : i + 1);
      out.push({ t: 'arg', arg: { t: 'var', name, path } });
      i = next;
    } else if (/[0-9+-]/.test(c)) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(src);
      if (!m || m[0] === '' || m[0] === '-' || m[0] === '+') throw new Error(`unexpected "${c}"`);
      const v = Number(m[0].replace(/_/g, ''));
      out.push({ t: 'arg', arg: { t: 'num', v: Number.isNaN(v) ? 0 : v } });
      i = NUMBER.lastIndex;
    } else {
      IDENT.lastIndex = i;
      const m = IDENT.exec(src);
      if (!m) throw new Error(`unexpected "${c}"`);
      i = IDENT.lastIndex;
      const word = m[0];
      if (word === 'true' || word === 'false') out.push({ t: 'arg', arg: { t: 'bool', v: word === 'true' } });
      else if (word === 'nil') out.push({ t: 'arg', arg: { t: 'nil' } });
      else out.push({ t: 'arg', arg: { t: 'ident', name: word } });
      // `fn.x` is not Go syntax; a chain after an identifier is ignored.
    }
  }
  return out;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  get done(): boolean {
    return this.i >= this.tokens.length;
  }

  pipeline(stopAtClose: boolean): Pipeline {
    const pipe: Pipeline = { cmds: [] };
    // Declarations: `$x :=`, `$k, $v :=`, `$x =`.
    const save = this.i;
    const names: string[] = [];
    while (true) {
      const tok = this.tokens[this.i];
      if (tok?.t !== 'arg' || tok.arg.t !== 'var' || tok.arg.path.length > 0) break;
      names.push(tok.arg.name);
      this.i++;
      const sep = this.tokens[this.i];
      if (sep?.t === 'comma') {
        this.i++;
        continue;
      }
      if (sep?.t === 'declare' || sep?.t === 'assign') {
        this.i++;
        pipe.decl = { names, op: sep.t === 'declare' ? ':=' : '=' };
      }
      break;
    }
    if (!pipe.decl) this.i = save;
    let cmd: Arg[] = [];
    while (!this.done) {
      const tok = this.tokens[this.i]!;
      if (tok.t === 'close') {
        if (stopAtClose) break;
        throw new Error('unexpected ")"');
      }
      this.i++;
      if (tok.t === 'bar') {
        if (cmd.length === 0) throw new Error('empty command');
        pipe.cmds.push(cmd);
        cmd = [];
      } else if (tok.t === 'open') {
        const inner = this.pipeline(true);
        if (this.tokens[this.i]?.t !== 'close') throw new Error('unclosed "("');
        this.i++;
        const chain = this.tokens[this.i];
        let path: string[] = [];
        if (chain?.t === 'chain') {
          path = chain.path;
          this.i++;
        }
        cmd.push({ t: 'sub', pipe: inner, path });
      } else if (tok.t === 'arg') {
        cmd.push(tok.arg);
      } else {
        throw new Error('unexpected token');
      }
    }
    if (cmd.length > 0) pipe.cmds.push(cmd);
    if (pipe.cmds.length === 0) throw new Error('missing value');
    return pipe;
  }
}

function parsePipeline(tokens: Token[]): Pipeline {
  const p = new Parser(tokens);
  const pipe = p.pipeline(false);
  if (!p.done) throw new Error('trailing tokens');
  return pipe;
}

function nameAndRest(tokens: Token[]): { name: string; rest: Token[] } {
  const first = tokens[0];
  if (first?.t !== 'arg' || first.arg.t !== 'str') throw new Error('expected a template name');
  return { name: first.arg.v, rest: tokens.slice(1) };
}

/** Parses the code of one (non-comment) action. Never throws: bad code is an `error` action. */
export function parseAction(inner: string): Action {
  try {
    const tokens = tokenize(inner);
    const first = tokens[0];
    if (!first) return { k: 'error', message: 'empty action' };
    const keyword = first.t === 'arg' && first.arg.t === 'ident' ? first.arg.name : undefined;
    const rest = tokens.slice(1);
    switch (keyword) {
      case 'if':
        return { k: 'if', pipe: parsePipeline(rest) };
      case 'range':
        return { k: 'range', pipe: parsePipeline(rest) };
      case 'with':
        return { k: 'with', pipe: parsePipeline(rest) };
      case 'end':
        return { k: 'end' };
      case 'break':
        return { k: 'break' };
      case 'continue':
        return { k: 'continue' };
      case 'else': {
        const next = rest[0];
        const word = next?.t === 'arg' && next.arg.t === 'ident' ? next.arg.name : undefined;
        if (word === 'if') return { k: 'elseif', pipe: parsePipeline(rest.slice(1)) };
        if (word === 'with') return { k: 'elsewith', pipe: parsePipeline(rest.slice(1)) };
        if (rest.length > 0) throw new Error('unexpected tokens after else');
        return { k: 'else' };
      }
      case 'define':
        return { k: 'define', name: nameAndRest(rest).name };
      case 'block': {
        const { name, rest: r } = nameAndRest(rest);
        return { k: 'block', name, pipe: r.length > 0 ? parsePipeline(r) : undefined };
      }
      case 'template': {
        const { name, rest: r } = nameAndRest(rest);
        return { k: 'template', name, pipe: r.length > 0 ? parsePipeline(r) : undefined };
      }
      default:
        return { k: 'output', pipe: parsePipeline(tokens) };
    }
  } catch (error) {
    return { k: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
