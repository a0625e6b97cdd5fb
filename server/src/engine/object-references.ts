/**
 * Objects a pod refers to by name (its ServiceAccount, the Secrets and ConfigMaps its env, envFrom
 * and volumes read) and the objects a file defines under such names. Cross-file rules WS004/WS005
 * compare the two across the workspace; the definitions are workspace-index facts.
 *
 * Definitions are not only the plain kinds: controllers that a repository uses to *produce* a
 * Secret or ConfigMap count too (SealedSecret, ExternalSecret, cert-manager Certificate, kustomize
 * generators), since for the pod the generated object is what exists.
 */
import { containersOf, type K8sObject, type PodSpecRef } from './kubernetes';
import { asMap, asSeq, deref, getMapAt, getNode, getString, isScalar, scalarValue, type Scalar, type YAMLMap } from './yaml';

/** The kinds of object a pod spec refers to by name. */
export type ReferencedKind = 'ServiceAccount' | 'Secret' | 'ConfigMap';

/** Namespace of a definition that applies in every namespace (kustomize generators without `namespace`). */
export const ANY_NAMESPACE = '*';

/** One by-name reference of a pod spec (its ServiceAccount, a Secret or ConfigMap it reads). */
export interface ObjectReference {
  kind: ReferencedKind;
  name: string;
  /** The scalar that names the object (where a finding is reported). */
  node: Scalar;
  /** Where the pod uses it, for messages: `env "DB_PASSWORD" of container "app"`, `volume "certs"`. */
  via: string;
  /** `optional: true` on the reference: the pod starts without the object. */
  optional: boolean;
}

/** An object the workspace defines (or generates) under a name pods can refer to: an index fact. */
export interface DefinedObjectFact {
  uri: string;
  kind: ReferencedKind;
  name: string;
  /** Resolved namespace, or ANY_NAMESPACE. */
  namespace: string;
}

/**
 * A name as the API server would accept it (DNS-1123 subdomain). Anything else (`${SA_NAME}`,
 * `{{ .Values.x }}`, `<your-secret>`) is a placeholder filled in later, so no rule can judge it.
 */
export function isConcreteObjectName(name: string): boolean {
  return name.length <= 253 && /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name);
}

function named(kind: ReferencedKind, node: unknown, via: string, optional: boolean): ObjectReference[] {
  if (!isScalar(node)) return [];
  const value = scalarValue(node);
  if (typeof value !== 'string' || value === '') return [];
  return [{ kind, name: value, node: node as Scalar, via, optional }];
}

const isOptional = (map: YAMLMap | undefined) => scalarValue(getNode(map, 'optional')) === true;

/**
 * The ServiceAccount a pod runs as: `serviceAccountName`, else the deprecated `serviceAccount`
 * (Kubernetes reads the latter only when the former is empty). Undefined when neither names one.
 */
export function serviceAccountReference(pod: PodSpecRef): ObjectReference | undefined {
  const current = named('ServiceAccount', getNode(pod.spec, 'serviceAccountName'), 'serviceAccountName', false);
  if (current.length > 0) return current[0];
  return named('ServiceAccount', getNode(pod.spec, 'serviceAccount'), 'serviceAccount', false)[0];
}

/** Secrets and ConfigMaps the pod reads: env `valueFrom`, `envFrom`, and secret/configMap/projected volumes. */
export function configReferences(pod: PodSpecRef): ObjectReference[] {
  const doc = pod.object.doc;
  const out: ObjectReference[] = [];
  for (const container of containersOf(pod)) {
    const who = `container "${container.name}"`;
    for (const item of asSeq(deref(doc, getNode(container.map, 'env')))?.items ?? []) {
      const env = asMap(deref(doc, item));
      const valueFrom = getMapAt(env, 'valueFrom');
      const via = `env "${getString(env, 'name') ?? '?'}" of ${who}`;
      const secret = getMapAt(valueFrom, 'secretKeyRef');
      const configMap = getMapAt(valueFrom, 'configMapKeyRef');
      out.push(...named('Secret', getNode(secret, 'name'), via, isOptional(secret)));
      out.push(...named('ConfigMap', getNode(configMap, 'name'), via, isOptional(configMap)));
    }
    for (const item of asSeq(deref(doc, getNode(container.map, 'envFrom')))?.items ?? []) {
      const source = asMap(deref(doc, item));
      const secret = getMapAt(source, 'secretRef');
      const configMap = getMapAt(source, 'configMapRef');
      out.push(...named('Secret', getNode(secret, 'name'), `envFrom of ${who}`, isOptional(secret)));
      out.push(...named('ConfigMap', getNode(configMap, 'name'), `envFrom of ${who}`, isOptional(configMap)));
    }
  }
  for (const item of asSeq(deref(doc, getNode(pod.spec, 'volumes')))?.items ?? []) {
    const volume = asMap(deref(doc, item));
    const via = `volume "${getString(volume, 'name') ?? '?'}"`;
    const secret = getMapAt(volume, 'secret');
    const configMap = getMapAt(volume, 'configMap');
    out.push(...named('Secret', getNode(secret, 'secretName'), via, isOptional(secret)));
    out.push(...named('ConfigMap', getNode(configMap, 'name'), via, isOptional(configMap)));
    for (const source of asSeq(getNode(getMapAt(volume, 'projected'), 'sources'))?.items ?? []) {
      const projected = asMap(deref(doc, source));
      const s = getMapAt(projected, 'secret');
      const c = getMapAt(projected, 'configMap');
      out.push(...named('Secret', getNode(s, 'name'), via, isOptional(s)));
      out.push(...named('ConfigMap', getNode(c, 'name'), via, isOptional(c)));
    }
  }
  return out;
}

function define(uri: string, kind: ReferencedKind, name: string | undefined, namespace: string): DefinedObjectFact[] {
  return name ? [{ uri, kind, name, namespace }] : [];
}

/** What one object defines under a name pods can refer to (the object itself or what it generates). */
export function definedObjects(uri: string, object: K8sObject, defaultNamespace: string): DefinedObjectFact[] {
  const namespace = object.namespace ?? defaultNamespace;
  const group = object.apiVersion.split('/')[0] ?? '';
  const spec = getMapAt(object.map, 'spec');
  switch (object.kind) {
    case 'ServiceAccount':
    case 'Secret':
    case 'ConfigMap':
      return object.apiVersion === 'v1' ? define(uri, object.kind, object.name, namespace) : [];
    case 'SealedSecret':
      // The controller unseals into a Secret named like the SealedSecret (or its template's name).
      return group === 'bitnami.com' ? define(uri, 'Secret', getString(getMapAt(spec, 'template', 'metadata'), 'name') ?? object.name, namespace) : [];
    case 'ExternalSecret':
      return group.startsWith('external-secrets.io') || group.endsWith('.external-secrets.io') ? define(uri, 'Secret', getString(getMapAt(spec, 'target'), 'name') ?? object.name, namespace) : [];
    case 'Certificate':
      return group === 'cert-manager.io' ? define(uri, 'Secret', getString(spec, 'secretName'), namespace) : [];
    case 'Kustomization': {
      if (!group.startsWith('kustomize.config.k8s.io')) return [];
      // Generated objects land in the kustomization's namespace, or wherever it is applied.
      const ns = getString(object.map, 'namespace') ?? ANY_NAMESPACE;
      const generated = (key: string, kind: ReferencedKind) => (asSeq(getNode(object.map, key))?.items ?? []).flatMap((item) => define(uri, kind, getString(asMap(item), 'name'), ns));
      return [...generated('secretGenerator', 'Secret'), ...generated('configMapGenerator', 'ConfigMap')];
    }
    default:
      return [];
  }
}

function folderOf(key: string): string {
  const cut = Math.max(key.lastIndexOf('/'), key.lastIndexOf('\\'));
  return cut < 0 ? '' : key.slice(0, cut).replace(/\\/g, '/');
}

/** Whether one folder holds the other (or they are the same): the files belong to one deployment unit. */
function sameTree(a: string, b: string): boolean {
  const fa = folderOf(a);
  const fb = folderOf(b);
  const inside = (outer: string, inner: string) => outer === '' || inner === outer || inner.startsWith(`${outer}/`);
  return inside(fa, fb) || inside(fb, fa);
}

/**
 * Whether the part of the repository that holds `uri` manages objects of `kind` in `namespace`:
 * some file in the same folder, a folder above or below it defines one there. A monorepo of
 * unrelated applications (or examples) then judges each application by its own manifests, and an
 * application that provisions its Secrets outside the repository is never told they are missing.
 * Generators without a namespace (ANY_NAMESPACE) satisfy references but do not count here.
 */
export function managesNear(definitions: readonly DefinedObjectFact[], kind: ReferencedKind, namespace: string, uri: string): boolean {
  return definitions.some((d) => d.kind === kind && d.namespace === namespace && sameTree(d.uri, uri));
}

/** Definitions of `kind` that apply in `namespace`. */
export function definitionsIn(definitions: readonly DefinedObjectFact[], kind: ReferencedKind, namespace: string): DefinedObjectFact[] {
  return definitions.filter((d) => d.kind === kind && (d.namespace === namespace || d.namespace === ANY_NAMESPACE));
}
