/**
 * Cross-file facts (STYLE.md §2): small data extracted per file, updated per file, never a re-parse
 * of the workspace. Cross-file rules read it through `RuleContext.index`.
 */
import { kubernetesObjects, podSpecOf, type K8sObject } from './kubernetes';
import { definedObjects, type DefinedObjectFact } from './object-references';
import { asMap, asSeq, getMapAt, getNode, getString, scalarValue, stringMap, type YamlDocument } from './yaml';

export interface LabelSelectorRequirement {
  key: string;
  operator: string;
  values: string[];
}

export interface LabelSelector {
  matchLabels: Record<string, string>;
  matchExpressions: LabelSelectorRequirement[];
}

export interface NetworkPolicyFact {
  uri: string;
  name: string;
  /** Resolved namespace (the scan's default namespace when unset). */
  namespace: string;
  /** Undefined when the policy has no usable `podSelector` (it then selects nothing we can prove). */
  podSelector: LabelSelector | undefined;
  policyTypes: string[];
  /** Number of `spec.ingress` rules; undefined when the policy has no `ingress` list. */
  ingressRules?: number | undefined;
}

export interface WorkloadFact {
  uri: string;
  kind: string;
  name: string;
  namespace: string;
  podLabels: Record<string, string>;
}

/** A PodDisruptionBudget: the pods it protects (A1.2 availability rules). */
export interface DisruptionBudgetFact {
  uri: string;
  name: string;
  namespace: string;
  /** Undefined when the selector is unusable; `{}` selects every pod of the namespace (policy/v1). */
  selector: LabelSelector | undefined;
}

export interface FileFacts {
  networkPolicies: NetworkPolicyFact[];
  workloads: WorkloadFact[];
  /** Optional so that facts built by older callers stay valid. */
  disruptionBudgets?: DisruptionBudgetFact[];
  /** ServiceAccounts, Secrets and ConfigMaps the file defines or generates (WS004, WS005). */
  definitions?: DefinedObjectFact[];
}

/** True when a file's facts hold nothing (the index then forgets the file). */
export function isEmptyFacts(facts: FileFacts): boolean {
  return facts.networkPolicies.length === 0 && facts.workloads.length === 0 && (facts.disruptionBudgets ?? []).length === 0 && (facts.definitions ?? []).length === 0;
}

export class WorkspaceIndex {
  private readonly files = new Map<string, FileFacts>();

  setFile(uri: string, facts: FileFacts): void {
    if (isEmptyFacts(facts)) this.files.delete(uri);
    else this.files.set(uri, facts);
  }

  removeFile(uri: string): void {
    this.files.delete(uri);
  }

  /** The facts of one file, undefined when the index holds none for it. */
  factsOf(uri: string): FileFacts | undefined {
    return this.files.get(uri);
  }

  /** Every indexed file with its facts. */
  entries(): IterableIterator<[string, FileFacts]> {
    return this.files.entries();
  }

  get fileCount(): number {
    return this.files.size;
  }

  networkPolicies(): NetworkPolicyFact[] {
    const out: NetworkPolicyFact[] = [];
    for (const f of this.files.values()) out.push(...f.networkPolicies);
    return out;
  }

  workloads(): WorkloadFact[] {
    const out: WorkloadFact[] = [];
    for (const f of this.files.values()) out.push(...f.workloads);
    return out;
  }

  disruptionBudgets(): DisruptionBudgetFact[] {
    const out: DisruptionBudgetFact[] = [];
    for (const f of this.files.values()) out.push(...(f.disruptionBudgets ?? []));
    return out;
  }

  /** ServiceAccounts, Secrets and ConfigMaps defined or generated anywhere in the workspace. */
  definitions(): DefinedObjectFact[] {
    const out: DefinedObjectFact[] = [];
    for (const f of this.files.values()) out.push(...(f.definitions ?? []));
    return out;
  }
}

/** Extracts the facts of one parsed Kubernetes file. */
export function extractFacts(uri: string, docs: YamlDocument[], defaultNamespace: string): FileFacts {
  return factsFromObjects(uri, kubernetesObjects(docs), defaultNamespace);
}

export function factsFromObjects(uri: string, objects: K8sObject[], defaultNamespace: string): FileFacts {
  const facts: FileFacts = { networkPolicies: [], workloads: [], disruptionBudgets: [], definitions: [] };
  for (const object of objects) {
    const namespace = object.namespace ?? defaultNamespace;
    facts.definitions!.push(...definedObjects(uri, object, defaultNamespace));
    if (object.kind === 'PodDisruptionBudget') {
      const selectorNode = getNode(getMapAt(object.map, 'spec'), 'selector');
      // policy/v1: an empty selector (`{}`) selects every pod of the namespace; a null or absent one none.
      facts.disruptionBudgets!.push({ uri, name: object.name, namespace, selector: selectorNode == null || scalarValue(selectorNode) === null ? undefined : parseSelector(selectorNode) });
      continue;
    }
    if (object.kind === 'NetworkPolicy') {
      const spec = getMapAt(object.map, 'spec');
      const selectorNode = getNode(spec, 'podSelector');
      const policyTypes = (asSeq(getNode(spec, 'policyTypes'))?.items ?? []).map((i) => String(scalarValue(i) ?? ''));
      const ingress = asSeq(getNode(spec, 'ingress'));
      facts.networkPolicies.push({ uri, name: object.name, namespace, podSelector: parseSelector(selectorNode), policyTypes, ingressRules: ingress ? ingress.items.length : undefined });
      continue;
    }
    const pod = podSpecOf(object);
    if (pod) facts.workloads.push({ uri, kind: object.kind, name: object.name, namespace, podLabels: pod.podLabels });
  }
  return facts;
}

/**
 * Parses a LabelSelector. `{}` and a null/absent `podSelector` value parse as the empty selector,
 * which selects every pod (Kubernetes semantics for NetworkPolicy).
 */
export function parseSelector(node: unknown): LabelSelector | undefined {
  const value = scalarValue(node);
  if (node == null || value === null) return { matchLabels: {}, matchExpressions: [] };
  const map = asMap(node);
  if (!map) return undefined;
  const matchLabels = stringMap(asMap(getNode(map, 'matchLabels')));
  const matchExpressions: LabelSelectorRequirement[] = [];
  for (const item of asSeq(getNode(map, 'matchExpressions'))?.items ?? []) {
    const expr = asMap(item);
    const key = getString(expr, 'key');
    const operator = getString(expr, 'operator');
    if (!key || !operator) return undefined;
    const values = (asSeq(getNode(expr, 'values'))?.items ?? []).map((v) => String(scalarValue(v) ?? ''));
    matchExpressions.push({ key, operator, values });
  }
  return { matchLabels, matchExpressions };
}

/** Exact Kubernetes label-selector semantics (all requirements ANDed). */
export function selectorMatches(selector: LabelSelector, labels: Record<string, string>): boolean {
  for (const [k, v] of Object.entries(selector.matchLabels)) if (labels[k] !== v) return false;
  for (const req of selector.matchExpressions) {
    const has = Object.prototype.hasOwnProperty.call(labels, req.key);
    switch (req.operator) {
      case 'In':
        if (!has || !req.values.includes(labels[req.key]!)) return false;
        break;
      case 'NotIn':
        if (has && req.values.includes(labels[req.key]!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        // An unknown operator is invalid: the API server would reject the policy.
        return false;
    }
  }
  return true;
}
