/**
 * The offset-preserving "render" of a template: control flow is evaluated against the values, and
 * the template text becomes a skeleton of the same length in which
 * - every action is blanked (spaces; line breaks kept, so lines and columns never move),
 * - the text of branches that do not render (`if` false, `with` empty, `define` bodies) is blanked,
 * - an output action that shares its line with YAML text is filled with `x` instead, so the YAML
 *   around it keeps its shape (`image: {{ … }}` stays a pair with a value),
 * and the output actions that render are returned as sites, with their evaluated value, for the
 * grafting step (graft.ts) to put the values' YAML into the parsed skeleton.
 *
 * A condition that cannot be evaluated renders its first branch and records the other branches as
 * uncertain: the collection they would have added to is then open (nothing in it is provably
 * absent).
 */
import { evalPipeline, includeValue, type OutputFormat, type Scope } from './evaluate';
import { parseAction, type Pipeline } from './expr';
import { lexActions, type TemplateAction } from './lexer';
import { NIL, truthy, unknown, valuesRoot, type ChartValues, type Val } from './values';

export interface OutputSite {
  /** The action's span in the template. */
  start: number;
  end: number;
  val: Val;
  fmt: OutputFormat;
  /** Shares its line with YAML text (filled with `x` in the skeleton). */
  inline: boolean;
  /** In a YAML comment: prints into the comment, not the structure. */
  inComment: boolean;
  /** Values the action read to compute its output (`.Values.tag` in `.Values.tag | default "1.0"`, even when the default won). */
  reads: (Val & { t: 'vals' })[];
}

export interface RenderResult {
  skeleton: string;
  sites: OutputSite[];
  /** Text of branches that may or may not render (their condition is unknown). */
  uncertain: [number, number][];
  /** Every action's span (fixes never edit one). */
  actions: [number, number][];
  /** Control-flow block of each offset range: fixes stay within one block. */
  blocks: { start: number; end: number; id: string }[];
  /** Values paths (dotted) the template reads anywhere, rendered or not. */
  referenced: Set<string>;
  /** Set when the template cannot be evaluated at all (unbalanced `end`, unterminated action). */
  problem?: string;
}

interface Frame {
  kind: 'if' | 'with' | 'range' | 'define' | 'block';
  id: number;
  parentActive: boolean;
  active: boolean;
  /** Whether an earlier branch rendered: yes, no, or maybe (its condition was unknown). */
  taken: 'yes' | 'no' | 'maybe';
  /** The current branch is skipped but might render (an alternative of an unknown condition). */
  uncertainBranch: boolean;
  branchStart: number;
  savedDot: Val;
}

/** What templates read from Chart.yaml as `.Chart` (unknown when the caller does not say). */
export interface ChartMetadata {
  name?: string;
  version?: string;
  appVersion?: string;
}

function chartContext(chart: ChartMetadata | undefined): Val {
  if (!chart) return unknown('.Chart');
  const entries = new Map<string, Val>();
  const set = (key: string, v: string | undefined) => entries.set(key, v === undefined ? unknown(`.Chart.${key}`) : { t: 'lit', v });
  set('Name', chart.name);
  set('Version', chart.version);
  set('AppVersion', chart.appVersion);
  return { t: 'dict', entries };
}

/** `.` at the top of a template: `.Values`, `.Release`, `.Chart` ... */
export function rootContext(values: ChartValues | undefined, chart?: ChartMetadata): Val {
  const release = new Map<string, Val>([
    ['Name', unknown('.Release.Name')],
    ['Namespace', unknown('.Release.Namespace')],
    ['Service', { t: 'lit', v: 'Helm' }],
    ['IsInstall', unknown('.Release.IsInstall')],
    ['IsUpgrade', unknown('.Release.IsUpgrade')],
    ['Revision', unknown('.Release.Revision')],
  ]);
  return {
    t: 'dict',
    entries: new Map<string, Val>([
      ['Values', valuesRoot(values)],
      ['Release', { t: 'dict', entries: release }],
      ['Chart', chartContext(chart)],
      ['Capabilities', unknown('.Capabilities')],
      ['Template', unknown('.Template')],
      ['Files', unknown('.Files')],
    ]),
  };
}

/** Ranges of the text to blank (or fill), applied in one pass: no per-character arrays. */
type Span = [number, number];

function overwrite(text: string, spans: readonly Span[], by: string): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s, e] of sorted) {
    const start = Math.max(s, at);
    if (e <= start) continue;
    out += text.slice(at, start) + text.slice(start, e).replace(/[^\r\n]+/g, (m) => by.repeat(m.length));
    at = e;
  }
  return out + text.slice(at);
}

export function renderTemplate(text: string, values: ChartValues | undefined, chart?: ChartMetadata): RenderResult {
  const blanks: Span[] = [];
  const blank = (start: number, end: number) => {
    if (end > start) blanks.push([start, end]);
  };
  const root = rootContext(values, chart);
  const referenced = new Set<string>();
  let reads: (Val & { t: 'vals' })[] = [];
  const hooks = {
    onValuesRead: (path: readonly string[], val: Val & { t: 'vals' }) => {
      referenced.add(path.join('.'));
      reads.push(val);
    },
  };
  const scope: Scope = { dot: root, root, vars: [new Map()] };
  const stack: Frame[] = [];
  const sites: OutputSite[] = [];
  const uncertain: [number, number][] = [];
  const actions: [number, number][] = [];
  const blocks: { start: number; end: number; id: string }[] = [];
  let problem: string | undefined;
  let nextId = 1;
  let pos = 0;
  let blockStart = 0;

  const active = () => stack.length === 0 || stack[stack.length - 1]!.active;
  const blockId = () => stack.map((f) => f.id).join('/');
  const closeBlock = (at: number) => {
    if (at > blockStart) blocks.push({ start: blockStart, end: at, id: blockId() });
    blockStart = at;
  };
  const evaluate = (pipe: Pipeline) => evalPipeline(pipe, scope, hooks);
  const maybeFrame = () => stack.some((f) => f.taken === 'maybe' || f.kind === 'range' || f.uncertainBranch);

  const declare = (pipe: Pipeline, val: Val) => {
    const decl = pipe.decl;
    if (!decl) return;
    if (decl.op === ':=') {
      decl.names.forEach((name, i) => scope.vars[scope.vars.length - 1]!.set(name, decl.names.length > 1 && i === 0 ? unknown('range index') : val));
      return;
    }
    // `$x = …` in a branch that may not run leaves `$x` unknown afterwards.
    for (let i = scope.vars.length - 1; i >= 0; i--) {
      if (scope.vars[i]!.has(decl.names[0]!)) {
        scope.vars[i]!.set(decl.names[0]!, maybeFrame() ? unknown(`$${decl.names[0]} assigned in a conditional branch`) : val);
        return;
      }
    }
  };

  const push = (kind: Frame['kind'], at: TemplateAction, cond: boolean | undefined, dot: Val | undefined) => {
    const parentActive = active();
    closeBlock(at.end);
    const frame: Frame = {
      kind,
      id: nextId++,
      parentActive,
      active: parentActive && cond !== false,
      taken: !parentActive ? 'yes' : cond === true ? 'yes' : cond === false ? 'no' : 'maybe',
      uncertainBranch: false,
      branchStart: at.end,
      savedDot: scope.dot,
    };
    stack.push(frame);
    scope.vars.push(new Map());
    if (frame.active && dot) scope.dot = dot;
  };

  const endBranch = (frame: Frame, at: number) => {
    if (frame.uncertainBranch && at > frame.branchStart) uncertain.push([frame.branchStart, at]);
  };

  const output = (a: TemplateAction, val: Val, fmt: OutputFormat) => {
    sites.push({ start: a.start, end: a.end, val, fmt, inline: false, inComment: false, reads });
  };

  for (const a of lexActions(text)) {
    reads = [];
    if (!active()) blank(pos, a.start);
    blank(a.start, a.end);
    actions.push([a.start, a.end]);
    pos = a.end;
    if (a.unterminated) {
      problem = 'a template action is not closed with }}';
      break;
    }
    if (a.comment) continue;
    const action = parseAction(a.inner);
    switch (action.k) {
      case 'comment':
      case 'break':
      case 'continue':
        break;
      case 'error':
        if (active()) output(a, unknown(`unparsed action: ${action.message}`), { yaml: false });
        break;
      case 'if': {
        const cond = active() ? truthy(evaluate(action.pipe).val) : false;
        push('if', a, cond, undefined);
        break;
      }
      case 'with': {
        const val = active() ? evaluate(action.pipe).val : NIL;
        push('with', a, active() ? truthy(val) : false, val);
        break;
      }
      case 'range': {
        const val = active() ? evaluate(action.pipe).val : NIL;
        push('range', a, active() ? truthy(val) : false, unknown('range item'));
        for (const name of action.pipe.decl?.names ?? []) scope.vars[scope.vars.length - 1]!.set(name, unknown('range variable'));
        break;
      }
      case 'define':
        push('define', a, false, undefined);
        stack[stack.length - 1]!.taken = 'yes';
        break;
      case 'block': {
        const val = action.pipe && active() ? evaluate(action.pipe).val : NIL;
        push('block', a, active() ? undefined : false, val);
        break;
      }
      case 'elseif':
      case 'elsewith':
      case 'else': {
        const frame = stack[stack.length - 1];
        if (!frame || frame.kind === 'define' || frame.kind === 'block') {
          problem = `{{ else }} without a matching if/with/range`;
          break;
        }
        endBranch(frame, a.start);
        closeBlock(a.end);
        frame.id = nextId++;
        frame.branchStart = a.end;
        frame.uncertainBranch = false;
        scope.dot = frame.savedDot;
        scope.vars[scope.vars.length - 1] = new Map();
        if (!frame.parentActive || frame.taken === 'yes') {
          frame.active = false;
          break;
        }
        if (frame.taken === 'maybe') {
          frame.active = false;
          frame.uncertainBranch = true;
          break;
        }
        if (action.k === 'else') {
          frame.active = true;
          frame.taken = 'yes';
          break;
        }
        const val = evaluate(action.pipe).val;
        const cond = truthy(val);
        frame.active = cond !== false;
        frame.taken = cond === true ? 'yes' : cond === false ? 'no' : 'maybe';
        if (frame.active && action.k === 'elsewith') scope.dot = val;
        break;
      }
      case 'end': {
        const frame = stack.pop();
        if (!frame) {
          problem = '{{ end }} without a matching block';
          break;
        }
        endBranch(frame, a.start);
        scope.vars.pop();
        scope.dot = frame.savedDot;
        stack.push(frame);
        closeBlock(a.end);
        stack.pop();
        break;
      }
      case 'template': {
        if (!active()) break;
        const arg = action.pipe ? evaluate(action.pipe).val : NIL;
        output(a, includeValue(action.name, arg), { yaml: false });
        break;
      }
      case 'output': {
        if (!active()) {
          if (action.pipe.decl && stack[stack.length - 1]?.uncertainBranch) {
            for (const name of action.pipe.decl.names) {
              for (let i = scope.vars.length - 1; i >= 0; i--) if (scope.vars[i]!.has(name)) scope.vars[i]!.set(name, unknown(`$${name} assigned in a conditional branch`));
            }
          }
          break;
        }
        const result = evaluate(action.pipe);
        if (action.pipe.decl) declare(action.pipe, result.val);
        else output(a, result.val, result.fmt);
        break;
      }
    }
    if (problem) break;
  }
  if (!problem && stack.length > 0) problem = `a {{ ${stack[stack.length - 1]!.kind} }} block has no {{ end }}`;
  if (!active()) blank(pos, text.length);
  const blanked = overwrite(text, blanks, ' ');
  closeBlock(text.length);

  // Output sites that share a line with YAML text are filled so the YAML keeps its shape.
  for (const site of sites) {
    const lineStart = text.lastIndexOf('\n', site.start - 1) + 1;
    let lineEnd = text.indexOf('\n', site.end);
    if (lineEnd < 0) lineEnd = text.length;
    const before = blanked.slice(lineStart, site.start);
    const after = blanked.slice(site.end, lineEnd);
    site.inComment = before.trimStart().startsWith('#') || /\s#/.test(before);
    // `key: {{- … | nindent N }}` prints on the next lines: the key keeps an empty value (or the
    // literal entries below it), so the site stays blank.
    const startsNewLine = site.fmt.nindent !== undefined && !/^\s*[^\s#]/.test(after);
    site.inline = !site.inComment && !startsNewLine && (/\S/.test(before) || /^\s*[^\s#]/.test(after));
  }
  const skeleton = overwrite(blanked, sites.filter((x) => x.inline).map((x): Span => [x.start, x.end]), 'x');
  return { skeleton, sites, uncertain, actions, blocks, referenced, ...(problem ? { problem } : {}) };
}


