/**
 * Keeping the workspace index current for one file, and telling which namespaces' facts changed.
 *
 * Cross-file rules judge a file by the facts of *other* files in the same namespace (WS001 by the
 * NetworkPolicies, WS002 and WS003 by the workloads, WS004/WS005 by the ServiceAccounts, Secrets and
 * ConfigMaps defined, WS010 by the PodDisruptionBudgets), and they only report on objects that are
 * facts themselves. So when any fact of a namespace changes, the files that may now be judged
 * differently are exactly the files holding facts in that namespace. This is derived from the
 * facts, not from a list of rules: a new cross-file rule that reads the index needs no change here.
 */
import { ANY_NAMESPACE } from '../engine/object-references';
import type { FileFacts, WorkspaceIndex } from '../engine/workspace-index';

/** Every fact of a file as other files see it (without its uri), with the namespace it lives in. */
function namespacedFacts(facts: FileFacts | undefined): [namespace: string, key: string][] {
  if (!facts) return [];
  const out: [string, string][] = [];
  // The uri is left out: moving a fact between files changes both files' facts anyway.
  const add = (category: string, fact: { namespace: string }) => out.push([fact.namespace, JSON.stringify([category, fact], (k, v: unknown) => (k === 'uri' ? undefined : v))]);
  for (const p of facts.networkPolicies) add('policy', p);
  for (const w of facts.workloads) add('workload', w);
  for (const b of facts.disruptionBudgets ?? []) add('budget', b);
  for (const d of facts.definitions ?? []) add('definition', d);
  return out;
}

/** The namespaces whose facts differ between `before` and `after` (a multiset comparison per namespace). */
export function changedNamespaces(before: FileFacts | undefined, after: FileFacts | undefined): Set<string> {
  const count = new Map<string, number>();
  for (const [ns, key] of namespacedFacts(before)) count.set(`${ns}\0${key}`, (count.get(`${ns}\0${key}`) ?? 0) + 1);
  for (const [ns, key] of namespacedFacts(after)) count.set(`${ns}\0${key}`, (count.get(`${ns}\0${key}`) ?? 0) - 1);
  const changed = new Set<string>();
  for (const [k, n] of count) if (n !== 0) changed.add(k.slice(0, k.indexOf('\0')));
  return changed;
}

/**
 * Replaces the facts of `key` (undefined removes them). Returns the namespaces whose facts
 * changed, empty when none did (an edit that touched no label, selector or name).
 */
export function updateFacts(index: WorkspaceIndex, key: string, facts: FileFacts | undefined): Set<string> {
  const before = index.factsOf(key);
  if (facts) index.setFile(key, facts);
  else index.removeFile(key);
  return changedNamespaces(before, index.factsOf(key));
}

/**
 * Keys of files holding facts in any of `namespaces` (every indexed file when a change applies in
 * every namespace, as a kustomize generator without a namespace does).
 */
export function filesWithFactsIn(index: WorkspaceIndex, namespaces: ReadonlySet<string>): Set<string> {
  const everywhere = namespaces.has(ANY_NAMESPACE);
  const out = new Set<string>();
  for (const [key, facts] of index.entries()) {
    const held = [...facts.networkPolicies, ...facts.workloads, ...(facts.disruptionBudgets ?? []), ...(facts.definitions ?? [])];
    if (everywhere || held.some((fact) => namespaces.has(fact.namespace))) out.add(key);
  }
  return out;
}
