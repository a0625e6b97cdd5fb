/**
 * Security-context maps in Helm values files, found by key at any depth.
 *
 * Conventions covered:
 *   helm create   `podSecurityContext: {}` (pod) and `securityContext: {}` (container), both `{}` by default
 *   Bitnami       `podSecurityContext` / `containerSecurityContext` (also `initContainerSecurityContext`
 *                 and friends) with an `enabled` switch that the templates strip before rendering
 *   other charts  `securityContext` holding pod fields (`fsGroup` ...) or container fields, per component
 *
 * A values map is not a pod spec: which container a map ends up on is decided by the chart's
 * templates. So each map is judged on its own, with its siblings (same parent map, i.e. the same
 * component) as the only context.
 */
import { isSwitchedOff } from './helm-values-keys';
import { k8sBoolean } from './kubernetes';
import { isEmptyValue } from './yaml-edit';
import { asMap, getPair, isMap, isPair, isSeq, pairKey, type YamlDocument, type YamlPair, type YAMLMap, type YAMLSeq } from './yaml';

/** Which securityContext a values map feeds: the pod's, a container's, or unknown. */
export type ValuesContextLevel = 'pod' | 'container' | 'unknown';

export interface ValuesSecurityContext {
  /** The key, e.g. `containerSecurityContext`. */
  key: string;
  /** The `key: ...` pair (report missing settings on its key). */
  pair: YamlPair;
  /** The map; undefined when the value is empty (`securityContext:` / `securityContext: null`). */
  map: YAMLMap | undefined;
  /** The map that holds the pair; maps with the same parent belong to the same component. */
  parent: YAMLMap;
  /** Key path from the document root, the key included (sequence items as indexes). */
  path: string[];
  level: ValuesContextLevel;
  /** The map's own Bitnami `enabled` switch; undefined when absent. */
  enabled: boolean | undefined;
  /** Path of the nearest enclosing component switched off (`enabled: false`, `create: false`; e.g. `volumePermissions`). */
  disabledBy: string[] | undefined;
  /** Holds no setting besides `enabled`: the container gets no securityContext from it. */
  empty: boolean;
  docIndex: number;
}

/** Fields only a container securityContext has. */
export const CONTAINER_ONLY_FIELDS = ['privileged', 'allowPrivilegeEscalation', 'capabilities', 'readOnlyRootFilesystem', 'procMount'] as const;
/** Fields only a pod securityContext has. */
export const POD_ONLY_FIELDS = ['fsGroup', 'fsGroupChangePolicy', 'supplementalGroups', 'supplementalGroupsPolicy', 'sysctls'] as const;

/** Keys whose value is a security context even when empty (`securityContext:` with no value). */
const WELL_KNOWN_KEYS = new Set(['securityContext', 'podSecurityContext', 'containerSecurityContext']);

/**
 * `securityContext`, `podSecurityContext`, `containerSecurityContext`, and camel-case variants that
 * end in `SecurityContext` (`initContainerSecurityContext`, `sidecarSecurityContext`). Variants only
 * count when they hold a map: `adaptSecurityContext: auto` (Bitnami's OpenShift switch) is a scalar.
 */
function isSecurityContextKey(key: string, value: unknown): boolean {
  if (WELL_KNOWN_KEYS.has(key)) return isMap(value) || isEmptyValue(value);
  return /^[a-z][A-Za-z0-9]*SecurityContext$/.test(key) && isMap(value);
}

function keysOf(map: YAMLMap | undefined): string[] {
  const out: string[] = [];
  for (const item of map?.items ?? []) {
    if (isPair(item)) {
      const k = pairKey(item as YamlPair);
      if (k !== undefined) out.push(k);
    }
  }
  return out;
}

function classify(key: string, map: YAMLMap | undefined, parent: YAMLMap): ValuesContextLevel {
  if (/^pod|PodSecurityContext$/.test(key)) return 'pod';
  if (/container/i.test(key)) return 'container';
  const keys = keysOf(map);
  const containerFields = keys.some((k) => (CONTAINER_ONLY_FIELDS as readonly string[]).includes(k));
  const podFields = keys.some((k) => (POD_ONLY_FIELDS as readonly string[]).includes(k));
  if (containerFields && !podFields) return 'container';
  if (podFields && !containerFields) return 'pod';
  if (podFields && containerFields) return 'unknown';
  const siblings = keysOf(parent);
  // helm create pairs `podSecurityContext` with a container-level `securityContext`; a component
  // with its own `image` (Bitnami's metrics, volumePermissions) renders one container from it.
  if (siblings.some((k) => /^pod[A-Z]?.*SecurityContext$/.test(k) && k !== key)) return 'container';
  if (siblings.includes('image')) return 'container';
  // A literal pod spec in values (`containers:` beside it).
  if (siblings.includes('containers')) return 'pod';
  return 'unknown';
}

/** Every security-context map of a values file, in document order. */
export function findValuesSecurityContexts(docs: readonly YamlDocument[]): ValuesSecurityContext[] {
  const out: ValuesSecurityContext[] = [];
  docs.forEach((doc, docIndex) => visit(doc.contents, [], undefined, docIndex, out));
  return out;
}

function visit(node: unknown, path: string[], disabledBy: string[] | undefined, docIndex: number, out: ValuesSecurityContext[]): void {
  if (isSeq(node)) {
    (node as YAMLSeq).items.forEach((item, i) => visit(item, [...path, String(i)], disabledBy, docIndex, out));
    return;
  }
  const map = asMap(node);
  if (!map) return;
  // A component switched off (`metrics.enabled: false`, `witness.create: false`) renders none of its containers.
  const here = disabledBy ?? (isSwitchedOff(map) ? path : undefined);
  for (const item of map.items) {
    if (!isPair(item)) continue;
    const pair = item as YamlPair;
    const key = pairKey(pair);
    if (key === undefined) continue;
    if (isSecurityContextKey(key, pair.value)) {
      const scMap = asMap(pair.value);
      const settings = keysOf(scMap).filter((k) => k !== 'enabled');
      out.push({
        key,
        pair,
        map: scMap,
        parent: map,
        path: [...path, key],
        level: classify(key, scMap, map),
        enabled: k8sBoolean(getPair(scMap, 'enabled')?.value),
        disabledBy: here,
        empty: settings.length === 0,
        docIndex,
      });
      // Security contexts do not nest; their sub-maps (seLinuxOptions, capabilities) are settings.
      continue;
    }
    visit(pair.value, [...path, key], here, docIndex, out);
  }
}

/** True when the chart renders the map: it is not `enabled: false` and its component is not disabled. */
export function isInForce(sc: ValuesSecurityContext): boolean {
  return sc.enabled !== false && sc.disabledBy === undefined;
}

/** The maps that share `sc`'s parent (the same component), `sc` excluded. */
export function siblingContexts(all: readonly ValuesSecurityContext[], sc: ValuesSecurityContext): ValuesSecurityContext[] {
  return all.filter((other) => other !== sc && other.parent === sc.parent);
}

/** Dotted path for messages: `primary.containerSecurityContext`, `extraContainers[0].securityContext`. */
export function describeValuesPath(path: readonly string[]): string {
  return path.reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}
