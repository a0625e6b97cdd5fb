/**
 * Kubernetes object model and THE pod-spec walker shared by every rule.
 *
 * Workload kinds and where their pod spec lives:
 *   Pod                                   spec
 *   PodTemplate                           template.spec
 *   Deployment, StatefulSet, DaemonSet,
 *   ReplicaSet, ReplicationController, Job,
 *   DeploymentConfig (OpenShift)          spec.template.spec
 *   CronJob                               spec.jobTemplate.spec.template.spec
 *   Knative Service, Configuration        spec.template.spec   (apiVersion serving.knative.dev/*)
 *   Knative Revision                      spec
 */
import type { LineIndex } from './positions';
import type { Fix, Range, TextEdit } from './types';
import { insertIntoMap, isEmptyValue, removeSeqItem, replaceNode } from './yaml-edit';
import { asMap, asSeq, deref, getMapAt, getNode, getPair, getString, isMap, isScalar, isPair, keyRange, stringMap, scalarValue, type Scalar, type YamlDocument, type YamlPair, type YAMLMap, type YAMLSeq } from './yaml';

export interface K8sObject {
  apiVersion: string;
  kind: string;
  name: string;
  /** `metadata.namespace`, or undefined when unset (the scan's default namespace applies). */
  namespace: string | undefined;
  /** The object's root map (a document root or an item of `kind: List`). */
  map: YAMLMap;
  doc: YamlDocument;
  docIndex: number;
}

/** All objects with `apiVersion` and `kind` in a file's documents, `kind: List` items expanded. */
export function kubernetesObjects(docs: YamlDocument[]): K8sObject[] {
  const out: K8sObject[] = [];
  docs.forEach((doc, docIndex) => {
    const root = asMap(doc.contents);
    if (!root) return;
    const obj = toObject(root, doc, docIndex);
    if (!obj) return;
    if (obj.kind === 'List' || /List$/.test(obj.kind)) {
      for (const item of asSeq(getNode(root, 'items'))?.items ?? []) {
        const itemMap = asMap(item);
        const child = itemMap && toObject(itemMap, doc, docIndex);
        if (child) out.push(child);
      }
      return;
    }
    out.push(obj);
  });
  return out;
}

function toObject(map: YAMLMap, doc: YamlDocument, docIndex: number): K8sObject | undefined {
  const apiVersion = getString(map, 'apiVersion');
  const kind = getString(map, 'kind');
  if (!apiVersion || !kind) return undefined;
  const metadata = asMap(getNode(map, 'metadata'));
  return { apiVersion, kind, name: getString(metadata, 'name') ?? '', namespace: getString(metadata, 'namespace'), map, doc, docIndex };
}

/** True when a document set contains at least one Kubernetes object. */
export function hasKubernetesObjects(docs: YamlDocument[]): boolean {
  return kubernetesObjects(docs).length > 0;
}

export const WORKLOAD_KINDS = ['Pod', 'PodTemplate', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'DeploymentConfig'] as const;

export interface PodSpecRef {
  object: K8sObject;
  /** The pod spec map. */
  spec: YAMLMap;
  /** The `spec:` pair that holds the pod spec (where pod-level additions are reported). */
  specPair: YamlPair;
  /** Labels of the pods this object creates (template labels; the object's own for a Pod). */
  podLabels: Record<string, string>;
  /** The pod template's metadata map (the object's own metadata for a Pod). */
  podMetadata: YAMLMap | undefined;
  securityContext: YAMLMap | undefined;
  securityContextPair: YamlPair | undefined;
}

/** The pod spec of a workload object, or undefined for other kinds or when absent. */
export function podSpecOf(object: K8sObject): PodSpecRef | undefined {
  let holder: YAMLMap | undefined;
  let metadata: YAMLMap | undefined;
  switch (object.kind) {
    case 'Pod':
      holder = object.map;
      metadata = getMapAt(object.map, 'metadata');
      break;
    case 'PodTemplate':
      holder = getMapAt(object.map, 'template');
      metadata = getMapAt(holder, 'metadata');
      break;
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'ReplicationController':
    case 'Job':
    case 'DeploymentConfig':
      holder = getMapAt(object.map, 'spec', 'template');
      metadata = getMapAt(holder, 'metadata');
      break;
    case 'CronJob':
      holder = getMapAt(object.map, 'spec', 'jobTemplate', 'spec', 'template');
      metadata = getMapAt(holder, 'metadata');
      break;
    default:
      // Knative Serving runs ordinary pods: Service and Configuration hold a revision template,
      // a Revision is the spec itself. Gated on the API group, since `Service` is also a core kind.
      if (!object.apiVersion.startsWith('serving.knative.dev/')) return undefined;
      if (object.kind === 'Service' || object.kind === 'Configuration') {
        holder = getMapAt(object.map, 'spec', 'template');
        metadata = getMapAt(holder, 'metadata');
      } else if (object.kind === 'Revision') {
        holder = object.map;
        metadata = getMapAt(object.map, 'metadata');
      } else return undefined;
  }
  const specPair = getPair(holder, 'spec');
  const spec = asMap(specPair?.value);
  if (!spec || !specPair) return undefined;
  const securityContextPair = getPair(spec, 'securityContext');
  return {
    object,
    spec,
    specPair,
    podLabels: stringMap(getMapAt(metadata, 'labels')),
    podMetadata: metadata,
    // An anchored securityContext (`securityContext: *hardened`) is read through its alias.
    securityContext: asMap(deref(object.doc, securityContextPair?.value)),
    securityContextPair,
  };
}

export type ContainerGroup = 'containers' | 'initContainers' | 'ephemeralContainers';

export interface ContainerRef {
  pod: PodSpecRef;
  group: ContainerGroup;
  /** The container's map (a sequence item). */
  map: YAMLMap;
  name: string;
  securityContext: YAMLMap | undefined;
  securityContextPair: YamlPair | undefined;
}

/** Every container of a pod spec: regular, init and ephemeral, in document order per group. */
export function containersOf(pod: PodSpecRef): ContainerRef[] {
  const out: ContainerRef[] = [];
  for (const group of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    for (const item of asSeq(getNode(pod.spec, group))?.items ?? []) {
      const resolved = deref(pod.object.doc, item);
      if (!isMap(resolved)) continue;
      const map = resolved as YAMLMap;
      const securityContextPair = getPair(map, 'securityContext');
      out.push({ pod, group, map, name: getString(map, 'name') ?? '(unnamed)', securityContext: asMap(deref(pod.object.doc, securityContextPair?.value)), securityContextPair });
    }
  }
  return out;
}

/** Pod specs and containers of every workload object in a file. */
export function workloadContainers(objects: K8sObject[]): { pod: PodSpecRef; containers: ContainerRef[] }[] {
  const out: { pod: PodSpecRef; containers: ContainerRef[] }[] = [];
  for (const object of objects) {
    const pod = podSpecOf(object);
    if (pod) out.push({ pod, containers: containersOf(pod) });
  }
  return out;
}

/** Security settings that a container inherits from the pod's `securityContext`. */
export const INHERITED_SECURITY_FIELDS = ['runAsUser', 'runAsGroup', 'runAsNonRoot', 'seLinuxOptions', 'seccompProfile', 'appArmorProfile', 'windowsOptions'] as const;
export type InheritedSecurityField = (typeof INHERITED_SECURITY_FIELDS)[number];

export interface EffectiveSetting {
  /** Scalar value, or undefined for a collection value. */
  value: string | number | boolean | null | undefined;
  /** The value node (report here when the value is wrong). */
  node: unknown;
  pair: YamlPair;
  level: 'container' | 'pod';
}

/**
 * The effective value of a security field for a container: the container's own `securityContext`
 * wins over the pod's, exactly as the kubelet resolves it; an empty (`null`) value counts as unset.
 * Non-inherited fields (privileged, allowPrivilegeEscalation, capabilities, readOnlyRootFilesystem,
 * procMount) only look at the container.
 */
export function effectiveSecurity(container: ContainerRef, field: string): EffectiveSetting | undefined {
  // `field:` / `field: null` decodes to an unset pointer: the pod's value still applies.
  const own = getPair(container.securityContext, field);
  if (own && !isEmptyValue(own.value)) return { value: scalarValue(own.value), node: own.value, pair: own, level: 'container' };
  if (!(INHERITED_SECURITY_FIELDS as readonly string[]).includes(field)) return undefined;
  const inherited = getPair(container.pod.securityContext, field);
  if (inherited && !isEmptyValue(inherited.value)) return { value: scalarValue(inherited.value), node: inherited.value, pair: inherited, level: 'pod' };
  return undefined;
}

/** Human label for a container in messages: `init container "x"` etc. */
export function describeContainer(container: ContainerRef): string {
  const prefix = container.group === 'initContainers' ? 'Init container' : container.group === 'ephemeralContainers' ? 'Ephemeral container' : 'Container';
  return `${prefix} "${container.name}"`;
}

export function resourceOf(object: K8sObject): { kind: string; name: string; namespace?: string } {
  return object.namespace === undefined ? { kind: object.kind, name: object.name } : { kind: object.kind, name: object.name, namespace: object.namespace };
}

export type { Scalar };

const GROUP_LABELS: [ContainerGroup, string, string][] = [
  ['containers', 'container', 'containers'],
  ['initContainers', 'init container', 'init containers'],
  ['ephemeralContainers', 'ephemeral container', 'ephemeral containers'],
];

function joinWithAnd(items: readonly string[]): string {
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Names one or more containers in a message, regular containers first:
 * `Container "a"`, `Containers "a" and "b"`, `Containers "a", "b" and init container "i"`.
 */
export function describeContainers(containers: readonly ContainerRef[]): string {
  if (containers.length === 1) return describeContainer(containers[0]!);
  const segments: { label: string; names: string[] }[] = [];
  for (const [group, singular, plural] of GROUP_LABELS) {
    const names = containers.filter((c) => c.group === group).map((c) => `"${c.name}"`);
    if (names.length > 0) segments.push({ label: names.length > 1 ? plural : singular, names });
  }
  const text = segments.length === 1 ? `${segments[0]!.label} ${joinWithAnd(segments[0]!.names)}` : joinWithAnd(segments.map((s) => `${s.label} ${s.names.join(', ')}`));
  return text[0]!.toUpperCase() + text.slice(1);
}

/**
 * `Deployment "web"` for messages. A name a Helm template prints (`{{ include "app.fullname" . }}`) is
 * shown as the template text, without quotes around it: quoting template text that holds quotes
 * reads as garbage in the Problems panel.
 */
export function describeObject(object: K8sObject): string {
  if (!object.name) return object.kind;
  return object.name.includes('{{') ? `${object.kind} ${object.name.replace(/\s+/g, ' ').trim()}` : `${object.kind} "${object.name}"`;
}

// The API server and Helm decode YAML with go-yaml v2 (YAML 1.1) through sigs.k8s.io/yaml, where
// plain `yes`/`on`/`y` are booleans. The `yaml` package reads YAML 1.2, so those words arrive as strings.
const YAML11_TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON']);
const YAML11_FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);

/**
 * The boolean Kubernetes reads from a node: YAML booleans plus the YAML 1.1 words (`yes`, `off` ...)
 * when written plain and untagged. Undefined for anything else (a quoted `"true"` is a string to
 * the API server and fails validation, so it is not a boolean here either).
 */
export function k8sBoolean(node: unknown): boolean | undefined {
  if (!isScalar(node)) return undefined;
  const v = (node as Scalar).value;
  if (typeof v === 'boolean') return v;
  const plain = (node as Scalar).type === 'PLAIN' && !(node as Scalar).tag;
  if (plain && typeof v === 'string') {
    if (YAML11_TRUE.has(v)) return true;
    if (YAML11_FALSE.has(v)) return false;
  }
  return undefined;
}

/** A whole number written as a YAML number (`0`, `1001`); undefined for strings and anything else. */
export function k8sInteger(node: unknown): number | undefined {
  const v = scalarValue(node);
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/** A capability listed under `capabilities.add`, normalised to the API form without `CAP_`. */
export interface AddedCapability {
  name: string;
  node: unknown;
  seq: YAMLSeq;
  index: number;
  /** The `add:` pair (needed to empty a one-item block list). */
  pair: YamlPair;
}

/** Capabilities a securityContext map adds (`capabilities.add`), upper-cased, `CAP_` prefix removed. */
export function addedCapabilities(securityContext: YAMLMap | undefined): AddedCapability[] {
  const pair = getPair(getMapAt(securityContext, 'capabilities'), 'add');
  const seq = asSeq(pair?.value);
  if (!pair || !seq) return [];
  const out: AddedCapability[] = [];
  seq.items.forEach((node, index) => {
    const v = scalarValue(node);
    if (typeof v === 'string') out.push({ name: v.toUpperCase().replace(/^CAP_/, ''), node, seq, index, pair });
  });
  return out;
}

/**
 * Why a container can escalate privileges whatever `allowPrivilegeEscalation` says: Kubernetes
 * documents the flag as always true for a privileged container and for one that adds SYS_ADMIN,
 * and the API server rejects `allowPrivilegeEscalation: false` next to `privileged: true` (and next
 * to `CAP_SYS_ADMIN`).
 */
export type EscalationGrant = { reason: 'privileged'; node: unknown } | { reason: 'SYS_ADMIN'; node: unknown; capability: AddedCapability };

/** The privilege grants of a securityContext map that imply privilege escalation. */
export function escalationGrants(securityContext: YAMLMap | undefined): EscalationGrant[] {
  const out: EscalationGrant[] = [];
  const privileged = getPair(securityContext, 'privileged');
  if (privileged && k8sBoolean(privileged.value) === true) out.push({ reason: 'privileged', node: privileged.value });
  for (const capability of addedCapabilities(securityContext)) {
    if (capability.name === 'SYS_ADMIN') out.push({ reason: 'SYS_ADMIN', node: capability.node, capability });
  }
  return out;
}

/** Short text for messages: `sets privileged: true and adds SYS_ADMIN to capabilities`. */
export function describeGrants(grants: readonly EscalationGrant[]): string {
  return [...new Set(grants.map((g) => (g.reason === 'privileged' ? 'sets privileged: true' : 'adds SYS_ADMIN to capabilities')))].join(' and ');
}

/**
 * Where to report a setting a container lacks: its `securityContext` key (where the fix inserts),
 * else its `name` key, else its first key.
 */
export function containerAnchor(lines: LineIndex, container: ContainerRef): Range | undefined {
  const pair = container.securityContextPair ?? getPair(container.map, 'name') ?? container.map.items.find(isPair);
  return pair ? keyRange(lines, pair) : undefined;
}

/** Where to report a setting a pod lacks: the pod `securityContext` key, else the pod `spec` key. */
export function podAnchor(lines: LineIndex, pod: PodSpecRef): Range | undefined {
  return keyRange(lines, pod.securityContextPair ?? pod.specPair);
}

/**
 * A fix that removes the grants (privileged -> false, SYS_ADMIN out of `capabilities.add`) and,
 * with `setFlag`, sets `allowPrivilegeEscalation: false` in the same securityContext map. Undefined
 * when a grant cannot be removed with a safe local edit. Always a suggestion: dropping a privilege
 * can break the workload.
 */
export function dropEscalationGrants(lines: LineIndex, securityContext: YAMLMap, grants: readonly EscalationGrant[], setFlag: boolean): Fix | undefined {
  const edits: TextEdit[] = [];
  for (const grant of grants) {
    const edit = grant.reason === 'privileged' ? replaceNode(lines, grant.node, 'false') : removeSeqItem(lines, grant.capability.seq, grant.capability.index, grant.capability.pair);
    if (!edit) return undefined;
    edits.push(edit);
  }
  if (setFlag) {
    const flag = getPair(securityContext, 'allowPrivilegeEscalation');
    // Insert at the start of the map: the end may be the very list line the grant removal deletes.
    edits.push(flag ? replaceNode(lines, flag.value, 'false') : insertIntoMap(lines, securityContext, { allowPrivilegeEscalation: 'false' }, 'start'));
  }
  const what = [...new Set(grants.map((g) => (g.reason === 'privileged' ? 'set privileged: false' : 'remove SYS_ADMIN')))].join(', ');
  const title = setFlag ? `${what[0]!.toUpperCase()}${what.slice(1)} and set allowPrivilegeEscalation: false` : `${what[0]!.toUpperCase()}${what.slice(1)}`;
  return { title, edits };
}
