/**
 * Control-plane static pod manifests (kube-apiserver, kubelet, etcd, kube-controller-manager,
 * kube-scheduler): which container runs which component, its `--flag=value` arguments, and
 * comment-preserving edits that set, add or remove a flag in the `command`/`args` list.
 *
 * A component is recognised by the base name of the first `command` item (or, without `command`, of
 * the first `args` item): `kube-apiserver`, `/usr/local/bin/kube-apiserver`. Flags are read from
 * every later item of `command` and from `args`; `--name=value`, a bare `--name` (boolean true) and
 * `--name value` as two items are understood, exactly as the components' flag parser reads them.
 */
import { containersOf, podSpecOf, type ContainerRef, type K8sObject } from './kubernetes';
import type { LineIndex } from './positions';
import type { Range, TextEdit } from './types';
import { removeSeqItem, replaceNode } from './yaml-edit';
import { asSeq, getPair, keyRange, nodeOffsets, nodeRange, scalarValue, type YamlPair, type YAMLSeq } from './yaml';

export const COMPONENTS = ['kube-apiserver', 'kubelet', 'etcd', 'kube-controller-manager', 'kube-scheduler'] as const;
export type Component = (typeof COMPONENTS)[number];

/** One flag occurrence in a command/args list. */
export interface Flag {
  name: string;
  /** The value; `'true'` for a bare boolean flag. */
  value: string;
  /** The list item holding `--name[=value]`. */
  node: unknown;
  seq: YAMLSeq;
  index: number;
  holder: YamlPair;
  /** Set when the value is the next list item (`--name`, `value`). */
  valueNode?: unknown;
}

export interface ControlPlaneContainer {
  component: Component;
  container: ContainerRef;
  flags: Flag[];
  /** The list new flags are appended to (`args` when present, else `command`). */
  target: { seq: YAMLSeq; pair: YamlPair };
}

function baseName(value: unknown): string {
  const v = scalarValue(value);
  return typeof v === 'string' ? v.trim().split(/\s+/)[0]!.split('/').pop()! : '';
}

/**
 * The `--name[=value]` flags of a command/args list from item `from` on: `--name=value`, a bare
 * `--name` (value `'true'`) and `--name value` as two items, the way Go flag parsers read them.
 */
export function readFlags(seq: YAMLSeq, holder: YamlPair, from: number): Flag[] {
  const out: Flag[] = [];
  for (let i = from; i < seq.items.length; i++) {
    const node = seq.items[i];
    const text = scalarValue(node);
    if (typeof text !== 'string') continue;
    const m = /^--?([A-Za-z0-9][A-Za-z0-9-]*)(?:=([\s\S]*))?$/.exec(text.trim());
    if (!m) continue;
    if (m[2] !== undefined) {
      out.push({ name: m[1]!, value: m[2], node, seq, index: i, holder });
      continue;
    }
    const next = scalarValue(seq.items[i + 1]);
    if (typeof next === 'string' && !next.startsWith('-')) {
      out.push({ name: m[1]!, value: next, node, seq, index: i, holder, valueNode: seq.items[i + 1] });
      i++;
    } else out.push({ name: m[1]!, value: 'true', node, seq, index: i, holder });
  }
  return out;
}

/** The control-plane containers of the workloads in `objects`. */
export function controlPlaneContainers(objects: readonly K8sObject[]): ControlPlaneContainer[] {
  const out: ControlPlaneContainer[] = [];
  for (const object of objects) {
    const pod = podSpecOf(object);
    if (!pod) continue;
    for (const container of containersOf(pod)) {
      const commandPair = getPair(container.map, 'command');
      const argsPair = getPair(container.map, 'args');
      const command = asSeq(commandPair?.value);
      const args = asSeq(argsPair?.value);
      const head = command?.items[0] ?? (command ? undefined : args?.items[0]);
      const name = baseName(head);
      if (!(COMPONENTS as readonly string[]).includes(name)) continue;
      const flags: Flag[] = [];
      if (command && commandPair) flags.push(...readFlags(command, commandPair, 1));
      if (args && argsPair) flags.push(...readFlags(args, argsPair, command ? 0 : 1));
      const target = args && argsPair ? { seq: args, pair: argsPair } : command && commandPair ? { seq: command, pair: commandPair } : undefined;
      if (target) out.push({ component: name as Component, container, flags, target });
    }
  }
  return out;
}

/** The last occurrence of a flag (the one the component's parser keeps). */
export function flagOf(cp: ControlPlaneContainer, name: string): Flag | undefined {
  let found: Flag | undefined;
  for (const f of cp.flags) if (f.name === name) found = f;
  return found;
}

/** Comma-separated flag values (`--enable-admission-plugins=A,B`), trimmed, empties dropped. */
export function flagList(flag: Flag | undefined): string[] {
  return flag ? flag.value.split(',').map((s) => s.trim()).filter((s) => s.length > 0) : [];
}

/** A flag item's source text: plain in block lists when safe, JSON-quoted otherwise. */
function itemText(seq: YAMLSeq, text: string): string {
  return !seq.flow && /^[-A-Za-z0-9_.,=/@+]+$/.test(text) ? text : JSON.stringify(text);
}

/** Replaces a flag's value (and the value item of a two-item flag) with `value`. */
export function setFlagEdit(lines: LineIndex, flag: Flag, value: string): TextEdit[] {
  if (flag.valueNode !== undefined) return [replaceNode(lines, flag.valueNode, itemText(flag.seq, value))];
  return [replaceNode(lines, flag.node, itemText(flag.seq, `--${flag.name}=${value}`))];
}

/** Appends `--name=value` at the end of the container's args (or command) list. */
export function addFlagEdit(lines: LineIndex, cp: ControlPlaneContainer, name: string, value: string): TextEdit | undefined {
  const { seq } = cp.target;
  const last = seq.items[seq.items.length - 1];
  const o = nodeOffsets(last);
  if (!o) return undefined;
  const text = itemText(seq, `--${name}=${value}`);
  if (seq.flow) {
    const at = lines.positionAt(o[1]);
    return { range: { start: at, end: at }, newText: `, ${text}` };
  }
  const line = lines.positionAt(o[0]).line;
  const prefix = lines.text.slice(lines.lineStartOffset(line), o[0]);
  // Only a plain `  - item` line can be copied as the template of the new one.
  if (!/^[ \t]*-[ \t]+$/.test(prefix)) return undefined;
  const endLine = lines.positionAt(Math.max(o[1] - 1, o[0])).line;
  const at = lines.positionAt(lines.lineEndOffset(endLine));
  return { range: { start: at, end: at }, newText: `${lines.eol}${prefix}${text}` };
}

/** Sets a flag: replaces its value when present, appends it otherwise. */
export function upsertFlagEdits(lines: LineIndex, cp: ControlPlaneContainer, name: string, value: string): TextEdit[] | undefined {
  const flag = flagOf(cp, name);
  if (flag) return setFlagEdit(lines, flag, value);
  const edit = addFlagEdit(lines, cp, name, value);
  return edit ? [edit] : undefined;
}

/** Removes a flag (both items of a two-item flag). Undefined when no safe line edit exists. */
export function removeFlagEdits(lines: LineIndex, flag: Flag): TextEdit[] | undefined {
  if (flag.valueNode !== undefined) {
    const a = removeSeqItem(lines, flag.seq, flag.index + 1, flag.holder);
    const b = removeSeqItem(lines, flag.seq, flag.index, flag.holder);
    return a && b && !flag.seq.flow ? [a, b] : undefined;
  }
  const edit = removeSeqItem(lines, flag.seq, flag.index, flag.holder);
  return edit ? [edit] : undefined;
}

/** `kube-apiserver container "x" of Pod "y"` for messages. */
export function describeComponent(cp: ControlPlaneContainer): string {
  const object = cp.container.pod.object;
  return `${cp.component} (${object.kind} "${object.name || '(unnamed)'}")`;
}

/** Where a missing flag is reported: the key of the list the fix appends to. */
export function missingFlagRange(lines: LineIndex, cp: ControlPlaneContainer): Range | undefined {
  return keyRange(lines, cp.target.pair);
}

/** Where a flag with a wrong value is reported: its list item. */
export function flagRange(lines: LineIndex, flag: Flag): Range | undefined {
  return nodeRange(lines, flag.valueNode ?? flag.node);
}

/** The flag a kube-apiserver lists its explicitly enabled admission plugins in, and the list. */
export interface AdmissionPlugins {
  /** `enable-admission-plugins`, or the deprecated `admission-control` when only that one is used. */
  flagName: 'enable-admission-plugins' | 'admission-control';
  flag: Flag | undefined;
  enabled: string[];
  /** `--disable-admission-plugins` (meaningless next to `--admission-control`). */
  disabled: string[];
}

/**
 * The admission plugins a kube-apiserver enables explicitly. The deprecated `--admission-control`
 * (the complete list of plugins to run) and `--enable-admission-plugins` are mutually exclusive:
 * the API server refuses to start with both, so an edit must go to the one already in use.
 */
export function admissionPlugins(cp: ControlPlaneContainer): AdmissionPlugins {
  const enable = flagOf(cp, 'enable-admission-plugins');
  const legacy = flagOf(cp, 'admission-control');
  const useLegacy = !enable && legacy !== undefined;
  return {
    flagName: useLegacy ? 'admission-control' : 'enable-admission-plugins',
    flag: useLegacy ? legacy : enable,
    enabled: flagList(useLegacy ? legacy : enable),
    disabled: flagList(flagOf(cp, 'disable-admission-plugins')),
  };
}

/**
 * A fix that enables `plugin` by appending it to the list in use (or adding
 * `--enable-admission-plugins=<plugin>`), keeping the other plugins and their order. Several rules
 * edit this one flag; each re-reads it, so fixes applied in successive rounds accumulate.
 */
export function enableAdmissionPluginFix(lines: LineIndex, cp: ControlPlaneContainer, plugin: string): { title: string; edits: TextEdit[] } | undefined {
  const { flagName, enabled } = admissionPlugins(cp);
  const value = [...enabled.filter((p) => p !== plugin), plugin].join(',');
  const edits = upsertFlagEdits(lines, cp, flagName, value);
  return edits ? { title: `Add ${plugin} to --${flagName}`, edits } : undefined;
}

/** Where a missing admission plugin is reported: the enabling flag's item, or the list the fix appends to. */
export function admissionPluginsRange(lines: LineIndex, cp: ControlPlaneContainer): Range | undefined {
  const { flag } = admissionPlugins(cp);
  return flag ? flagRange(lines, flag) : missingFlagRange(lines, cp);
}
