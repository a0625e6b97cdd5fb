/**
 * Kubernetes object model and THE pod-spec walker shared by every rule.
 *
 * Workload kinds and where their pod spec lives:
 *   Pod                                   spec
 *   PodTemplate                           template.spec
 *   Deployment, StatefulSet, DaemonSet,
 *   ReplicaSet, ReplicationController, Job spec.template.spec
 *   CronJob                               spec.jobTemplate.spec.template.spec
 */
import { asMap, asSeq, getMapAt, getNode, getPair, getString, isMap, stringMap, scalarValue, type Scalar, type YamlDocument, type YamlPair, type YAMLMap } from './yaml';

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

export const WORKLOAD_KINDS = ['Pod', 'PodTemplate', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'] as const;

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
      holder = getMapAt(object.map, 'spec', 'template');
      metadata = getMapAt(holder, 'metadata');
      break;
    case 'CronJob':
      holder = getMapAt(object.map, 'spec', 'jobTemplate', 'spec', 'template');
      metadata = getMapAt(holder, 'metadata');
      break;
    default:
      return undefined;
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
    securityContext: asMap(securityContextPair?.value),
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
      if (!isMap(item)) continue;
      const map = item as YAMLMap;
      const securityContextPair = getPair(map, 'securityContext');
      out.push({ pod, group, map, name: getString(map, 'name') ?? '(unnamed)', securityContext: asMap(securityContextPair?.value), securityContextPair });
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
 * wins over the pod's, exactly as the kubelet resolves it. Non-inherited fields (privileged,
 * allowPrivilegeEscalation, capabilities, readOnlyRootFilesystem, procMount) only look at the
 * container.
 */
export function effectiveSecurity(container: ContainerRef, field: string): EffectiveSetting | undefined {
  const own = getPair(container.securityContext, field);
  if (own) return { value: scalarValue(own.value), node: own.value, pair: own, level: 'container' };
  if (!(INHERITED_SECURITY_FIELDS as readonly string[]).includes(field)) return undefined;
  const inherited = getPair(container.pod.securityContext, field);
  if (inherited) return { value: scalarValue(inherited.value), node: inherited.value, pair: inherited, level: 'pod' };
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
