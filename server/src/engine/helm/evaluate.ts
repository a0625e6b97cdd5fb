/**
 * Evaluates template pipelines against the chart's values: `.Values.a.b`, `$.Values`, variables,
 * `default`, `quote`, `toYaml | nindent N`, `and`/`or`/`not`/`eq`, `dict`/`list`/`index` and the
 * library helpers whose behaviour is known by name (see KNOWN_HELPERS). Anything else (an unknown
 * helper, `lookup`, `tpl` on a template string, `b64enc`, random values ...) evaluates to unknown:
 * never to "missing", so it can never cause a finding.
 */
import type { Arg, Pipeline } from './expr';
import { field, holdsTemplate, NIL, scalarOf, stringOf, truthy, unknown, type Val } from './values';

/** How an output action prints its value, which decides where it lands in the YAML. */
export interface OutputFormat {
  /** `toYaml`/`toJson`: a YAML rendering of a collection. */
  yaml: boolean;
  /** `nindent N`: starts on a new line at column N. */
  nindent?: number;
  /** `indent N`: every line indented by N more. */
  indent?: number;
}

export interface EvalResult {
  val: Val;
  fmt: OutputFormat;
}

export interface Scope {
  dot: Val;
  root: Val;
  /** Variable frames, innermost last; `$` is always the root. */
  vars: Map<string, Val>[];
}

export interface EvalHooks {
  /** Called with every values path a template reads (usage tracking), and the value found there. */
  onValuesRead?(path: readonly string[], val: Val & { t: 'vals' }): void;
}

export function lookupVar(scope: Scope, name: string): Val {
  if (name === '') return scope.root;
  for (let i = scope.vars.length - 1; i >= 0; i--) {
    const v = scope.vars[i]!.get(name);
    if (v) return v;
  }
  return unknown(`undefined variable $${name}`);
}

/** Current apiVersions of the `common.capabilities.<x>.apiVersion` helpers (Helm's library charts). */
const CAPABILITY_API_VERSIONS: Record<string, string> = {
  deployment: 'apps/v1',
  statefulset: 'apps/v1',
  daemonset: 'apps/v1',
  replicaset: 'apps/v1',
  job: 'batch/v1',
  cronjob: 'batch/v1',
  networkpolicy: 'networking.k8s.io/v1',
  ingress: 'networking.k8s.io/v1',
  rbac: 'rbac.authorization.k8s.io/v1',
  policy: 'policy/v1',
  hpa: 'autoscaling/v2',
  vpa: 'autoscaling.k8s.io/v1',
  apiservice: 'apiregistration.k8s.io/v1',
  crd: 'apiextensions.k8s.io/v1',
};

/**
 * Library helpers evaluated by name (the chart's own `_helpers.tpl` defines are not executed: they
 * are unknown). Each receives the include's argument.
 */
const KNOWN_HELPERS: { pattern: RegExp; evaluate(name: string, arg: Val): Val }[] = [
  {
    // Bitnami common: renders `secContext` without its `enabled` switch (and, on OpenShift only,
    // without runAsUser/runAsGroup/fsGroup). `enabled` is no securityContext field, so the map is
    // taken as is: rules ignore fields they do not know.
    pattern: /^common\.compatibility\.renderSecurityContext$/,
    evaluate: (_name, arg) => (arg.t === 'dict' ? (arg.entries.get('secContext') ?? NIL) : unknown('renderSecurityContext without a dict')),
  },
  {
    // Bitnami common: `tpl` over a value; a value without template strings renders as itself.
    pattern: /^common\.tplvalues\.render$/,
    evaluate: (_name, arg) => {
      if (arg.t !== 'dict') return unknown('tplvalues.render without a dict');
      const value = arg.entries.get('value') ?? NIL;
      if (value.t === 'vals' && !value.layers.some((l) => holdsTemplate(l.node))) return value;
      if (value.t === 'lit' && value.v === null) return NIL;
      return unknown('tplvalues.render of a template string');
    },
  },
  {
    pattern: /\.capabilities\.([A-Za-z]+)\.apiVersion$/,
    evaluate: (name) => {
      const kind = /\.capabilities\.([A-Za-z]+)\.apiVersion$/.exec(name)![1]!.toLowerCase();
      const v = CAPABILITY_API_VERSIONS[kind];
      return v ? { t: 'lit', v } : unknown(`include "${name}"`);
    },
  },
];

/** Output of `include`/`template` by name. */
export function includeValue(name: string, arg: Val): Val {
  for (const helper of KNOWN_HELPERS) if (helper.pattern.test(name)) return helper.evaluate(name, arg);
  return unknown(`include "${name}"`);
}

function num(val: Val): number | undefined {
  const v = scalarOf(val);
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return undefined;
}

function lit(v: string | number | boolean | null): Val {
  return { t: 'lit', v };
}

/** A boolean result that stays unknown when an operand is. */
function bool(b: boolean | undefined, why: string): Val {
  return b === undefined ? unknown(why) : lit(b);
}

function compare(a: Val, b: Val): boolean | undefined {
  const x = scalarOf(a);
  const y = scalarOf(b);
  if (x === undefined || y === undefined) return undefined;
  if (typeof x === 'number' && typeof y === 'number') return x === y;
  return x === y || (x !== null && y !== null && typeof x === typeof y && String(x) === String(y));
}

function asStringVal(val: Val): Val {
  if (val.t === 'vals') return scalarOf(val) === undefined ? unknown('quote of a collection') : { ...val, asString: true };
  if (val.t === 'lit') return { t: 'lit', v: val.v === null ? '' : String(val.v), asString: true };
  return val.t === 'unknown' ? val : unknown('quote of a collection');
}

function printf(format: string, args: Val[]): Val {
  let i = 0;
  let failed = false;
  const out = format.replace(/%([-+# 0]*\d*(?:\.\d+)?)([sdvqtf%])/g, (_m, _flags: string, verb: string) => {
    if (verb === '%') return '%';
    const arg = args[i++];
    const s = arg ? stringOf(arg) : undefined;
    if (s === undefined) {
      failed = true;
      return '';
    }
    return verb === 'q' ? JSON.stringify(s) : s;
  });
  return failed ? unknown('printf with unknown arguments') : lit(out);
}

type Fn = (args: Val[], fmt: OutputFormat) => Val;

const FUNCTIONS: Record<string, Fn> = {
  default: (a) => {
    if (a.length < 2) return a[0] ?? NIL;
    const t = truthy(a[a.length - 1]!);
    return t === undefined ? unknown('default of an unknown value') : t ? a[a.length - 1]! : a[0]!;
  },
  quote: (a) => (a.length === 1 ? asStringVal(a[0]!) : unknown('quote of several values')),
  squote: (a) => (a.length === 1 ? asStringVal(a[0]!) : unknown('squote of several values')),
  toString: (a: Val[]) => asStringVal(a[0] ?? NIL),
  toYaml: (a, fmt) => {
    fmt.yaml = true;
    return a[0] ?? NIL;
  },
  toJson: (a, fmt) => {
    fmt.yaml = true;
    return a[0] ?? NIL;
  },
  toPrettyJson: (a, fmt) => {
    fmt.yaml = true;
    return a[0] ?? NIL;
  },
  nindent: (a, fmt) => {
    const n = num(a[0] ?? NIL);
    if (n !== undefined) fmt.nindent = n;
    return a[a.length - 1] ?? NIL;
  },
  indent: (a, fmt) => {
    const n = num(a[0] ?? NIL);
    if (n !== undefined) fmt.indent = n;
    return a[a.length - 1] ?? NIL;
  },
  required: (a) => a[a.length - 1] ?? NIL,
  not: (a) => {
    const t = truthy(a[0] ?? NIL);
    return bool(t === undefined ? undefined : !t, 'not of an unknown value');
  },
  and: (a) => {
    // Go returns the first falsy operand, else the last.
    for (const v of a) {
      const t = truthy(v);
      if (t === false) return v;
      if (t === undefined) return a.slice(a.indexOf(v) + 1).some((w) => truthy(w) === false) ? lit(false) : unknown('and of an unknown value');
    }
    return a[a.length - 1] ?? NIL;
  },
  or: (a) => {
    for (const v of a) {
      const t = truthy(v);
      if (t === true) return v;
      if (t === undefined) return a.slice(a.indexOf(v) + 1).some((w) => truthy(w) === true) ? lit(true) : unknown('or of an unknown value');
    }
    return a[a.length - 1] ?? NIL;
  },
  coalesce: (a) => {
    for (const v of a) {
      const t = truthy(v);
      if (t === true) return v;
      if (t === undefined) return unknown('coalesce of an unknown value');
    }
    return NIL;
  },
  ternary: (a) => {
    const t = truthy(a[2] ?? NIL);
    return t === undefined ? unknown('ternary on an unknown condition') : t ? (a[0] ?? NIL) : (a[1] ?? NIL);
  },
  empty: (a) => {
    const t = truthy(a[0] ?? NIL);
    return bool(t === undefined ? undefined : !t, 'empty of an unknown value');
  },
  eq: (a) => {
    if (a.length < 2) return unknown('eq needs two values');
    const results = a.slice(1).map((b) => compare(a[0]!, b));
    if (results.includes(true)) return lit(true);
    return bool(results.includes(undefined) ? undefined : false, 'eq of an unknown value');
  },
  ne: (a) => {
    const r = a.length === 2 ? compare(a[0]!, a[1]!) : undefined;
    return bool(r === undefined ? undefined : !r, 'ne of an unknown value');
  },
  lt: (a) => order(a, (x, y) => x < y),
  le: (a) => order(a, (x, y) => x <= y),
  gt: (a) => order(a, (x, y) => x > y),
  ge: (a) => order(a, (x, y) => x >= y),
  hasKey: (a) => {
    const m = a[0];
    const k = a[1] ? stringOf(a[1]) : undefined;
    if (!m || k === undefined) return unknown('hasKey of an unknown value');
    if (m.t === 'dict') return lit(m.entries.has(k));
    if (m.t === 'vals') {
      const v = field(m, k);
      return lit(!(v.t === 'lit' && v.v === null));
    }
    return unknown('hasKey of an unknown value');
  },
  dict: (a) => {
    const entries = new Map<string, Val>();
    for (let i = 0; i + 1 < a.length; i += 2) {
      const k = stringOf(a[i]!);
      if (k === undefined) return unknown('dict with an unknown key');
      entries.set(k, a[i + 1]!);
    }
    return { t: 'dict', entries };
  },
  list: (a) => ({ t: 'list', items: a }),
  index: (a) => indexInto(a),
  get: (a) => indexInto(a.slice(0, 2)),
  printf: (a) => {
    const f = a[0] ? stringOf(a[0]) : undefined;
    return f === undefined ? unknown('printf with an unknown format') : printf(f, a.slice(1));
  },
  print: (a) => {
    const parts = a.map(stringOf);
    return parts.includes(undefined) ? unknown('print of an unknown value') : lit(parts.join(''));
  },
  lower: (a) => mapString(a, (s) => s.toLowerCase()),
  upper: (a) => mapString(a, (s) => s.toUpperCase()),
  trim: (a) => mapString(a, (s) => s.trim()),
  int: (a) => numeric(a),
  int64: (a) => numeric(a),
  float64: (a) => numeric(a),
  atoi: (a) => numeric(a),
  tpl: (a) => {
    const s = a[0] ? stringOf(a[0]) : undefined;
    return s !== undefined && !s.includes('{{') ? lit(s) : unknown('tpl of a template string');
  },
  len: (a) => {
    const v = a[0];
    if (v?.t === 'list') return lit(v.items.length);
    const s = v ? stringOf(v) : undefined;
    return s === undefined ? unknown('len of an unknown value') : lit(s.length);
  },
};

function order(a: Val[], cmp: (x: number | string, y: number | string) => boolean): Val {
  const x = scalarOf(a[0] ?? NIL);
  const y = scalarOf(a[1] ?? NIL);
  if ((typeof x === 'number' && typeof y === 'number') || (typeof x === 'string' && typeof y === 'string')) return lit(cmp(x, y));
  return unknown('comparison of unknown values');
}

function mapString(a: Val[], f: (s: string) => string): Val {
  const s = stringOf(a[a.length - 1] ?? NIL);
  return s === undefined ? unknown('string function of an unknown value') : lit(f(s));
}

function numeric(a: Val[]): Val {
  const n = num(a[a.length - 1] ?? NIL);
  return n === undefined ? unknown('number of an unknown value') : lit(n);
}

function indexInto(a: Val[]): Val {
  let v = a[0] ?? NIL;
  for (const k of a.slice(1)) {
    if (v.t === 'list') {
      const i = num(k);
      v = i === undefined ? unknown('index of an unknown position') : (v.items[i] ?? NIL);
      continue;
    }
    const key = stringOf(k);
    if (key === undefined) return unknown('index with an unknown key');
    v = field(v, key);
  }
  return v;
}

function chain(val: Val, path: readonly string[], hooks: EvalHooks): Val {
  let v = val;
  let deepest: (Val & { t: 'vals' }) | undefined;
  for (const key of path) {
    v = field(v, key);
    if (v.t === 'vals') deepest = v;
  }
  // An empty path is `.Values` itself (e.g. `toYaml .Values`): it reads everything.
  if (deepest) hooks.onValuesRead?.(deepest.path, deepest);
  return v;
}

function evalArg(arg: Arg, scope: Scope, hooks: EvalHooks): Val {
  switch (arg.t) {
    case 'dot':
      return scope.dot;
    case 'field':
      return chain(scope.dot, arg.path, hooks);
    case 'var':
      return chain(lookupVar(scope, arg.name), arg.path, hooks);
    case 'str':
      return lit(arg.v);
    case 'num':
      return lit(arg.v);
    case 'bool':
      return lit(arg.v);
    case 'nil':
      return NIL;
    case 'ident':
      // A function used as a value (no arguments), e.g. `{{ now }}`.
      return callFunction(arg.name, [], { yaml: false }, scope, hooks);
    case 'sub':
      return chain(evalPipeline(arg.pipe, scope, hooks).val, arg.path, hooks);
  }
}

function callFunction(name: string, args: Val[], fmt: OutputFormat, _scope: Scope, _hooks: EvalHooks): Val {
  if (name === 'include' || name === 'template') {
    const helper = args[0] ? stringOf(args[0]) : undefined;
    return helper === undefined ? unknown(`${name} of an unknown name`) : includeValue(helper, args[1] ?? NIL);
  }
  const fn = FUNCTIONS[name];
  return fn ? fn(args, fmt) : unknown(`${name}`);
}

/** Evaluates a pipeline (declarations are the caller's business). */
export function evalPipeline(pipe: Pipeline, scope: Scope, hooks: EvalHooks = {}): EvalResult {
  let fmt: OutputFormat = { yaml: false };
  let piped: Val | undefined;
  for (const cmd of pipe.cmds) {
    const head = cmd[0]!;
    let result: Val;
    if (head.t === 'ident') {
      const args = cmd.slice(1).map((a) => evalArg(a, scope, hooks));
      if (piped) args.push(piped);
      const before = fmt;
      // Formatting survives only through formatting functions: `toYaml x | sha256sum` is a hash.
      fmt = /^(toYaml|toJson|toPrettyJson|nindent|indent|quote|squote|toString|trim|required)$/.test(head.name) ? { ...before } : { yaml: false };
      result = callFunction(head.name, args, fmt, scope, hooks);
    } else {
      result = cmd.length === 1 && !piped ? evalArg(head, scope, hooks) : unknown('a value cannot take arguments');
    }
    piped = result;
  }
  return { val: piped ?? NIL, fmt };
}
