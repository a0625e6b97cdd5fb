/**
 * Helpers shared by the container-hardening rules (capabilities, host namespaces and mounts,
 * seccomp, probes, resources): small readers over the pod walker in `kubernetes.ts` plus the two
 * local edits those rules' fixes need (append a list item, remove a map entry).
 */
import type { LineIndex } from './positions';
import type { TextEdit } from './types';
import type { ContainerRef, PodSpecRef } from './kubernetes';
import { insertIntoMap, insertIntoPairValue, type InsertTree } from './yaml-edit';
import { asMap, asSeq, deref, getMapAt, getNode, getPair, getString, nodeOffsets, scalarValue, type YamlPair, type YAMLMap, type YAMLSeq } from './yaml';

/** A capability named in `capabilities.drop`, normalised like `addedCapabilities` (upper case, no `CAP_`). */
export interface ListedCapability {
  name: string;
  node: unknown;
}

/** The `capabilities.drop` list of a securityContext map: its pair, its sequence (when a list) and the names. */
export function droppedCapabilities(securityContext: YAMLMap | undefined): { pair: YamlPair | undefined; seq: YAMLSeq | undefined; names: ListedCapability[] } {
  const pair = getPair(getMapAt(securityContext, 'capabilities'), 'drop');
  const seq = asSeq(pair?.value);
  const names: ListedCapability[] = [];
  for (const node of seq?.items ?? []) {
    const v = scalarValue(node);
    if (typeof v === 'string') names.push({ name: v.toUpperCase().replace(/^CAP_/, ''), node });
  }
  return { pair, seq, names };
}

/**
 * Appends an item (YAML source text) to a sequence: `[a]` becomes `[a, b]`, a block list gets a new
 * `- b` line at the indentation of its last item. Undefined for an empty block list or an unusual
 * layout (the last item shares its line with other content).
 */
export function appendSeqItem(lines: LineIndex, seq: YAMLSeq, itemText: string): TextEdit | undefined {
  const o = nodeOffsets(seq);
  if (!o) return undefined;
  const text = lines.text;
  if (seq.flow) {
    const closing = text.lastIndexOf(']', o[1] - 1);
    if (closing < o[0]) return undefined;
    const last = seq.items[seq.items.length - 1];
    const lastEnd = last === undefined ? undefined : nodeOffsets(last)?.[1];
    if (lastEnd === undefined) return { range: lines.range(o[0], closing + 1), newText: `[${itemText}]` };
    const at = lines.positionAt(lastEnd);
    return { range: { start: at, end: at }, newText: `, ${itemText}` };
  }
  const last = seq.items[seq.items.length - 1];
  const lo = nodeOffsets(last);
  if (!lo) return undefined;
  const startLine = lines.positionAt(lo[0]).line;
  const lineStart = lines.lineStartOffset(startLine);
  const prefix = /^([ \t]*-[ \t]+)$/.exec(text.slice(lineStart, lo[0]));
  if (!prefix) return undefined;
  const endLine = lines.positionAt(Math.max(lo[1] - 1, lo[0])).line;
  const at = lines.positionAt(lines.lineEndOffset(endLine));
  return { range: { start: at, end: at }, newText: `${lines.eol}${prefix[1]}${itemText}` };
}

/**
 * Removes one entry of a map. Block maps lose the entry's whole lines (it must start its own line and
 * end the line); flow maps lose the entry and one comma. Undefined when no safe local edit exists
 * (the map would become empty, or the entry shares a line with other content).
 */
export function removeMapPair(lines: LineIndex, map: YAMLMap, pair: YamlPair): TextEdit | undefined {
  const index = map.items.indexOf(pair);
  if (index < 0 || map.items.length < 2) return undefined;
  const start = nodeOffsets(pair.key)?.[0];
  const end = nodeOffsets(pair.value)?.[1] ?? nodeOffsets(pair.key)?.[1];
  if (start === undefined || end === undefined) return undefined;
  const text = lines.text;
  if (map.flow) {
    if (index < map.items.length - 1) {
      const next = nodeOffsets(map.items[index + 1]!.key)?.[0];
      return next === undefined ? undefined : { range: lines.range(start, next), newText: '' };
    }
    const prev = map.items[index - 1]!;
    const prevEnd = nodeOffsets(prev.value)?.[1] ?? nodeOffsets(prev.key)?.[1];
    return prevEnd === undefined ? undefined : { range: lines.range(prevEnd, end), newText: '' };
  }
  const startLine = lines.positionAt(start).line;
  const endLine = lines.positionAt(Math.max(end - 1, start)).line;
  const before = text.slice(lines.lineStartOffset(startLine), start);
  if (!/^[ \t]*$/.test(before)) return undefined;
  if (!/^[ \t]*(#.*)?$/.test(text.slice(end, lines.lineEndOffset(endLine)))) return undefined;
  if (endLine + 1 < lines.lineCount) return { range: lines.range(lines.lineStartOffset(startLine), lines.lineStartOffset(endLine + 1)), newText: '' };
  return { range: lines.range(lines.lineEndOffset(startLine - 1), lines.lineEndOffset(endLine)), newText: '' };
}

/** A `hostPath` volume of a pod spec. */
export interface HostPathVolume {
  name: string;
  /** `hostPath.path` as written (may be empty when missing). */
  path: string;
  /** The `path` value node, else the `hostPath` key's pair value. */
  pathNode: unknown;
  hostPathPair: YamlPair;
}

/** The pod's `hostPath` volumes, in document order. */
export function hostPathVolumes(pod: PodSpecRef): HostPathVolume[] {
  const out: HostPathVolume[] = [];
  for (const item of asSeq(getNode(pod.spec, 'volumes'))?.items ?? []) {
    const volume = asMap(deref(pod.object.doc, item));
    const hostPathPair = getPair(volume, 'hostPath');
    if (!volume || !hostPathPair) continue;
    const pathPair = getPair(asMap(hostPathPair.value), 'path');
    const path = scalarValue(pathPair?.value);
    out.push({ name: getString(volume, 'name') ?? '', path: typeof path === 'string' ? path : '', pathNode: pathPair?.value ?? hostPathPair.value, hostPathPair });
  }
  return out;
}

/** A container's `volumeMounts` entries that mount the named volume. */
export function mountsOf(container: ContainerRef, volumeName: string): YAMLMap[] {
  const out: YAMLMap[] = [];
  for (const item of asSeq(getNode(container.map, 'volumeMounts'))?.items ?? []) {
    const mount = asMap(deref(container.pod.object.doc, item));
    if (mount && getString(mount, 'name') === volumeName) out.push(mount);
  }
  return out;
}

/** Normalises a host path for comparison: no trailing slash, `//` collapsed. */
export function normaliseHostPath(path: string): string {
  const p = path.replace(/\/{2,}/g, '/');
  return p.length > 1 ? p.replace(/\/+$/, '') : p;
}

/** Container runtime sockets (and the directories that hold them) that give control of the node's containers. */
const RUNTIME_SOCKETS = [
  '/var/run/docker.sock',
  '/run/docker.sock',
  '/var/run/containerd/containerd.sock',
  '/run/containerd/containerd.sock',
  '/var/run/crio/crio.sock',
  '/run/crio/crio.sock',
  '/var/run/cri-dockerd.sock',
  '/run/cri-dockerd.sock',
  '/var/run/podman/podman.sock',
  '/run/podman/podman.sock',
];

/** True when a host path is a container runtime socket (or a file under `/var/run/docker.sock`). */
export function isRuntimeSocket(path: string): boolean {
  const p = normaliseHostPath(path);
  return RUNTIME_SOCKETS.includes(p) || /\/(docker|containerd|crio|cri-dockerd|podman)\.sock$/.test(p);
}

/** A resource quantity a container declares (`resources.requests.cpu` ...); zero counts as unset. */
export function resourceQuantity(container: ContainerRef, section: 'requests' | 'limits', resource: 'cpu' | 'memory'): string | undefined {
  const v = scalarValue(getNode(getMapAt(container.map, 'resources', section), resource));
  if (v === null || v === undefined || v === '' || v === 0 || v === '0') return undefined;
  return String(v);
}

/** The containers that run for the pod's lifetime and can declare resources: regular and init, not ephemeral. */
export function resourcedContainers(containers: readonly ContainerRef[]): ContainerRef[] {
  return containers.filter((c) => c.group !== 'ephemeralContainers');
}

/**
 * Inserts `tree` under `root.<path>`, creating the missing maps on the way (`resources:` ->
 * `requests:` -> entries). Undefined when a step holds something other than a map or nothing.
 */
export function insertTreeAt(lines: LineIndex, root: YAMLMap, path: readonly string[], tree: InsertTree): TextEdit | undefined {
  let current = root;
  for (let i = 0; i < path.length; i++) {
    const pair = getPair(current, path[i]!);
    const rest = path.slice(i + 1).reduceRight<InsertTree>((acc, key) => ({ [key]: acc }), tree);
    if (!pair) return insertIntoMap(lines, current, { [path[i]!]: rest });
    const value = asMap(pair.value);
    if (!value) return insertIntoPairValue(lines, pair, rest);
    current = value;
  }
  return insertIntoMap(lines, current, tree);
}

/** A container's `image` value: the node (to report on) and the reference as written. */
export interface ContainerImage {
  node: unknown;
  value: string;
}

/** The container's image, or undefined when `image` is missing, empty or not a string. */
export function containerImage(container: ContainerRef): ContainerImage | undefined {
  const pair = getPair(container.map, 'image');
  const value = scalarValue(pair?.value);
  if (!pair || typeof value !== 'string' || value.trim() === '') return undefined;
  return { node: pair.value, value };
}
